namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// GraphQL names the service's own schema uses beside the catalog (its root fields and types, and the stems from
/// which a resource's generated names would equal one of them); resources may not take them. The graph derives
/// them from the schema it builds (docs/errors.md, <c>NAME_RESERVED</c>), so Core stays free of GraphQL.
/// </summary>
public sealed class ReservedNames
{
    /// <summary>Field names every generated data type reserves (the dataset surrogate ids <c>row_id</c> and <c>id</c>, the filter
    /// combinators <c>and</c> and <c>or</c>, and <c>record_info</c>, whose field <c>recordInfo</c> every resource type has).</summary>
    public static readonly IReadOnlySet<string> ItemNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "row_id",
        "id",
        "and",
        "or",
        "record_info",
    };

    /// <summary>Reserves no graph names (a host without a graph); item names stay reserved.</summary>
    public static ReservedNames None { get; } = new([], []);

    /// <param name="rootFields">camelCase names a resource's API name may not give (<see cref="GraphNames.Camel"/>).</param>
    /// <param name="typeNames">PascalCase names a resource's API name may not give (<see cref="GraphNames.Pascal"/>).</param>
    /// <param name="typePatterns">How a resource's type names wrap its PascalCase API name (none: not checked).</param>
    public ReservedNames(
        IEnumerable<string> rootFields,
        IEnumerable<string> typeNames,
        IEnumerable<(string Prefix, string Suffix)>? typePatterns = null
    )
    {
        RootFields = new HashSet<string>(rootFields, StringComparer.Ordinal);
        TypeNames = new HashSet<string>(typeNames, StringComparer.Ordinal);
        TypePatterns = [.. (typePatterns ?? []).Distinct()];
    }

    /// <summary>camelCase names owned by the service: a resource's singular or plural API name may not give one.</summary>
    public IReadOnlySet<string> RootFields { get; }

    /// <summary>PascalCase stems owned by the service: a resource's singular or plural API name may not give one.</summary>
    public IReadOnlySet<string> TypeNames { get; }

    /// <summary>How the graph wraps a resource's PascalCase API name in the names of the types it generates for it, e.g.
    /// <c>("", "Connection")</c> or <c>("", "Input")</c>; two resources may not generate one type name.</summary>
    public IReadOnlyList<(string Prefix, string Suffix)> TypePatterns { get; }

    /// <summary>The type names the graph generates for a resource with the API name <paramref name="apiName"/>.</summary>
    public IEnumerable<string> GeneratedTypeNames(string apiName) =>
        TypePatterns.Select(p => p.Prefix + GraphNames.Pascal(apiName) + p.Suffix);

    /// <summary>Whether a resource's API name <paramref name="name"/> gives a reserved root field or type name.</summary>
    public bool Reserves(string name) => RootFields.Contains(GraphNames.Camel(name)) || TypeNames.Contains(GraphNames.Pascal(name));
}
