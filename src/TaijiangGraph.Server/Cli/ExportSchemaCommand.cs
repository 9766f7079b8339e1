using System.CommandLine;
using GraphQL;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Server.Cli;

/// <summary><c>export-schema</c>: prints the SDL of the schema the server serves (the repository's <c>schema.graphql</c>).</summary>
internal sealed class ExportSchemaCommand()
    : CliCommand("export-schema", "Print the GraphQL schema the " + "server serves " + "(SDL), as " + "schema.graphql holds it.")
{
    protected override Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output)
    {
        output.Write(SchemaPrinting.Print(app.Services.GetRequiredService<SchemaHolder>().Current.Schema));
        return Task.FromResult(CliExitCodes.Success);
    }
}
