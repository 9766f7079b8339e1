using TaijiangGraph.Graph.Schema;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Schema;

/// <summary>The committed <c>schema.graphql</c> is the schema the server builds and prints for the sample catalog.</summary>
public sealed class SchemaFileTests
{
    private const string Regenerate =
        "Regenerate it from the repository root: dotnet run --project src/TaijiangGraph.Server -- export-schema > schema.graphql";

    [Fact]
    public void Schema_file_equals_the_printed_schema_when_built_from_the_sample_catalog()
    {
        var printed = SchemaPrinting.Print(SampleSchema.Build());

        AssertSchemaFileEquals(printed, "the schema built from the sample catalog");
    }

    [Fact]
    public async Task Schema_file_equals_the_export_schema_output_when_the_server_runs_the_command()
    {
        var result = await ServerProcess.RunAsync("export-schema");

        Assert.True(result.ExitCode == 0, $"export-schema exited with {result.ExitCode}: {result.StandardError}");
        Assert.StartsWith("\"TaijiangGraph, catalog version 1\"", result.StandardOutput, StringComparison.Ordinal);
        AssertSchemaFileEquals(result.StandardOutput, "the output of export-schema");
    }

    private static void AssertSchemaFileEquals(string expected, string source)
    {
        Assert.True(File.Exists(RepositoryPaths.SchemaFile), $"{RepositoryPaths.SchemaFile} is missing. {Regenerate}");
        var committed = File.ReadAllText(RepositoryPaths.SchemaFile);
        if (committed == expected)
        {
            return;
        }

        var committedLines = committed.Split('\n');
        var expectedLines = expected.Split('\n');
        var line = Enumerable
            .Range(0, Math.Min(committedLines.Length, expectedLines.Length))
            .FirstOrDefault(i => committedLines[i] != expectedLines[i], Math.Min(committedLines.Length, expectedLines.Length));
        Assert.Fail(
            $"schema.graphql differs from {source} at line {line + 1}:\n"
                + $"  schema.graphql: {At(committedLines, line)}\n  {source}: {At(expectedLines, line)}\n{Regenerate}"
        );
    }

    private static string At(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of file>";
}
