using TaijiangGraph.Server.Tests.Cli;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.TrustedDocuments;

namespace TaijiangGraph.Server.Tests.TrustedDocuments;

/// <summary>The <c>register-documents</c> command of the built server, run as a child process on a graphql-codegen manifest.</summary>
public sealed class RegisterDocumentsCommandTests : IDisposable
{
    private const string Me = "query Me { me { user } }";

    private readonly string _folder = Directory.CreateTempSubdirectory("taijiang-manifests-").FullName;

    [Fact]
    public async Task A_manifest_whose_hashes_match_is_registered()
    {
        var manifest = Write("ok.json", $$"""{ "{{DocumentIds.Hash(Me)}}": "{{Me}}" }""");

        var result = await ServerProcess.RunAsync("register-documents", "--app", "app1", manifest);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("Registered 1 document(s) for app 'app1'", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_with_a_wrong_hash_is_rejected()
    {
        var wrong = DocumentIds.Hash(Me + " ");
        var manifest = Write("bad.json", $$"""{ "{{wrong}}": "{{Me}}" }""");

        var result = await ServerProcess.RunAsync("register-documents", "--app", "app1", manifest);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The hash '{wrong}' does not match its document", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Fact]
    public void The_manifest_parser_accepts_prefixed_ids_and_refuses_non_objects_and_bad_documents()
    {
        var parsed = PersistedDocumentManifest.Parse($$"""{ "sha256:{{DocumentIds.Hash(Me)}}": "{{Me}}" }""");

        Assert.Equal(Me, parsed[DocumentIds.Hash(Me)]);
        Assert.Throws<ArgumentException>(() => PersistedDocumentManifest.Parse("[]"));
        Assert.Throws<ArgumentException>(() => PersistedDocumentManifest.Parse("{}"));
        Assert.Throws<ArgumentException>(() => PersistedDocumentManifest.Parse($$"""{ "{{DocumentIds.Hash("{ me")}}": "{ me" }"""));
    }

    [Fact]
    public async Task The_command_needs_an_app_and_a_manifest()
    {
        var result = await ServerProcess.RunAsync("register-documents", "manifest.json");

        CliAssert.Refused(result, "Option '--app' is required.", "register-documents <manifest> [options]");
    }

    [Fact]
    public async Task The_help_names_the_manifest_and_the_app()
    {
        var result = await ServerProcess.RunAsync("register-documents", "--help");

        CliAssert.Help(result, "register-documents <manifest> [options]", "<manifest>", "--app <app> (REQUIRED)");
    }

    [Fact]
    public async Task An_unknown_option_or_a_second_manifest_is_refused_with_the_usage()
    {
        var unknown = await ServerProcess.RunAsync("register-documents", "--app", "app1", "--force", "a.json");
        var second = await ServerProcess.RunAsync("register-documents", "--app", "app1", "a.json", "b.json");

        CliAssert.Refused(unknown, "Unrecognized command or argument '--force'.", "register-documents <manifest> [options]");
        CliAssert.Refused(second, "Unrecognized command or argument 'b.json'.", "register-documents <manifest> [options]");
    }

    [Fact]
    public async Task A_table_shows_which_documents_are_new()
    {
        const string Other = "query Catalog { resources { code } }";
        var first = Write("first.json", $$"""{ "{{DocumentIds.Hash(Me)}}": "{{Me}}" }""");
        var both = Write("both.json", $$"""{ "{{DocumentIds.Hash(Me)}}": "{{Me}}", "{{DocumentIds.Hash(Other)}}": "{{Other}}" }""");
        var data = $"--Database:DataFolder={Path.Combine(_folder, "data")}"; // both runs on one database

        var once = await ServerProcess.RunAsync("register-documents", "--app", "app1", first, data);
        var twice = await ServerProcess.RunAsync("register-documents", "--app", "app1", both, data);

        Assert.True(once.ExitCode == 0 && twice.ExitCode == 0, once.StandardError + twice.StandardError);
        Assert.Equal(["query Me new"], Rows(once.StandardOutput));
        Assert.Equal(["query Catalog new", "query Me already registered"], Rows(twice.StandardOutput).Order(StringComparer.Ordinal));
        Assert.Contains("Registered 2 document(s) for app 'app1' (1 new).", twice.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The table rows (operations and status) of the command's output.</summary>
    private static IEnumerable<string> Rows(string output) =>
        output
            .Split('\n')
            .Select(l => l.Split('│', StringSplitOptions.TrimEntries))
            .Where(c => c.Length == 5 && c[3] is "new" or "already registered")
            .Select(c => $"{c[2]} {c[3]}");

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
