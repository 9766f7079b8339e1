using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace TaijiangGraph.Graph.Schema;

/// <summary>Prints a schema as SDL the way <c>schema.graphql</c> holds it (descriptions included, LF line ends).</summary>
public static class SchemaPrinting
{
    public static string Print(ISchema schema) =>
        schema
            .Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .TrimEnd() + "\n";
}
