using TaijiangGraph.Server.TrustedDocuments;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// <c>register-documents --app app1 persisted-documents.json</c>: registers the documents of a graphql-codegen
/// persisted-documents manifest (hash → document) for one app. Every hash must be sha256 of its document;
/// a manifest with one wrong entry registers nothing.
/// </summary>
public sealed class RegisterDocumentsCommand : CliCommand
{
    public required string App { get; init; }
    public required string ManifestPath { get; init; }

    public static RegisterDocumentsCommand FromArguments(string[] args)
    {
        string? app = null;
        string? path = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--app" && i + 1 < args.Length)
            {
                app = args[++i];
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) && path is null)
            {
                path = args[i];
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'. Usage: register-documents --app <app id> <manifest.json>.");
            }
        }

        return new RegisterDocumentsCommand
        {
            App = app ?? throw new ArgumentException("--app is required."),
            ManifestPath = path ?? throw new ArgumentException("The manifest file is required: register-documents --app <app id> <manifest.json>."),
        };
    }

    public override async Task<int> RunAsync(WebApplication app, TextWriter output)
    {
        var path = Path.GetFullPath(ManifestPath, Environment.CurrentDirectory);
        if (!File.Exists(path))
        {
            throw new ArgumentException($"No manifest file at '{ManifestPath}'.");
        }

        var documents = PersistedDocumentManifest.Parse(await File.ReadAllTextAsync(path));
        var added = await app.Services.GetRequiredService<PersistedDocumentStore>().RegisterAsync(App, documents, app.Lifetime.ApplicationStopping);
        output.WriteLine($"Registered {documents.Count} document(s) for app '{App}' ({added} new).");
        return 0;
    }
}
