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

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--app is required", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
