using System.CommandLine;
using GraphQLParser.AST;
using Spectre.Console;
using TaijiangGraph.Server.TrustedDocuments;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// <c>register-documents --app app1 persisted-documents.json</c>: registers the documents of a graphql-codegen
/// persisted-documents manifest (hash → document) for one app. Every hash must be sha256 of its document;
/// a manifest with one wrong entry registers nothing. Prints a table of the documents (hash, operations,
/// new or already registered) and one summary line.
/// </summary>
internal sealed class RegisterDocumentsCommand : CliCommand
{
    private readonly Option<string> _app = new("--app") { Description = "The app id the documents are registered for.", Required = true };
    private readonly Argument<string> _manifest = new("manifest")
    {
        Description = "The persisted-documents.json file " + "(sha256 hash → " + "document).",
    };

    public RegisterDocumentsCommand()
        : base("register-documents", "Register a graphql-codegen persisted-documents manifest for one app (trusted documents).")
    {
        Command.Add(_app);
        Command.Add(_manifest);
        _manifest.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{value}'."); // an unknown option, not a file name
            }
        });
    }

    protected override async Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output)
    {
        var appId = parse.GetRequiredValue(_app);
        var manifest = parse.GetRequiredValue(_manifest);
        var path = Path.GetFullPath(manifest, Environment.CurrentDirectory);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"No manifest file at '{manifest}'.");
        }

        var documents = PersistedDocumentManifest.Parse(await File.ReadAllTextAsync(path));
        var store = app.Services.GetRequiredService<PersistedDocumentStore>();
        var stopping = app.Lifetime.ApplicationStopping;
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hash in documents.Keys)
        {
            if (await store.FindAsync(appId, hash, stopping) is not null)
            {
                known.Add(hash);
            }
        }

        var added = await store.RegisterAsync(appId, documents, stopping);
        var table = new Table().AddColumns("sha256", "operations", "status");
        foreach (var (hash, document) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(hash[..16] + "…"),
                Markup.Escape(Operations(document)),
                known.Contains(hash) ? "already registered" : "new"
            );
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Write(table);
        console.WriteLine($"Registered {documents.Count} document(s) for app '{appId}' ({added} new).");
        return CliExitCodes.Success;
    }

    private static string Operations(string document) =>
        string.Join(
            ", ",
            GraphQLParser
                .Parser.Parse(document)
                .Definitions.OfType<GraphQLOperationDefinition>()
                .Select(o => $"{o.Operation.ToString().ToLowerInvariant()} {o.Name?.StringValue ?? "(anonymous)"}")
        );
}
