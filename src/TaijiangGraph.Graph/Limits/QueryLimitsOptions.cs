using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Limits;

/// <summary>
/// The query limits of the GraphQL endpoint, bound from the configuration section <c>Limits</c>. Every request
/// over a limit is rejected with the limit's code (<see cref="ErrorCodes.Limits"/>) before any data is read; the
/// defaults let every query a department developer writes for the sample catalog pass.
/// </summary>
public sealed class QueryLimitsOptions
{
    public const string SectionName = "Limits";

    /// <summary>Deepest field nesting of an operation, fragments included (<c>MAX_DEPTH</c>).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Deepest AST nesting the parser accepts (fields, selection sets, input objects, lists); deeper documents get
    /// <c>MAX_DEPTH</c> without being parsed further.</summary>
    public int MaxSyntaxDepth { get; set; } = 128;

    /// <summary>Highest complexity of an operation's data fields: 1 per field, each field under a list multiplied by the list's
    /// <c>first</c> (<c>COMPLEXITY</c>); introspection has its own limit.</summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>
    /// Highest cost of an operation's introspection (<c>__schema</c>, <c>__type</c>): the number of fields the answer
    /// would hold for the schema being served (<c>COMPLEXITY</c>). The full introspection query of graphql-js costs a few
    /// thousand for the sample catalog; nesting <c>fields { type { fields … } } }</c> multiplies by the schema's size.
    /// </summary>
    public int MaxIntrospectionComplexity { get; set; } = 100_000;

    /// <summary>The multiplier of a list field without <c>first</c> (the default page size).</summary>
    public int ListMultiplier { get; set; } = 20;

    /// <summary>Most aliases in one document (<c>MAX_ALIASES</c>).</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Longest query text in characters (<c>QUERY_TOO_LARGE</c>).</summary>
    public int MaxQueryLength { get; set; } = 32 * 1024;

    /// <summary>Most lexical tokens in one query text (<c>QUERY_TOO_LARGE</c>).</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Most operations in one batched HTTP request (<c>BATCH_TOO_LARGE</c>).</summary>
    public int MaxBatchSize { get; set; } = 20;

    /// <summary>Longest execution of one operation (<c>EXECUTION_TIMEOUT</c>).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest HTTP request body in bytes, enforced by Kestrel (413 <c>REQUEST_TOO_LARGE</c>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Whether principals with an <c>app</c> claim may introspect. Apps run typed clients generated from
    /// <c>schema.graphql</c>, so this is off by default; department developers always may (when authenticated).
    /// </summary>
    public bool IntrospectionForApps { get; set; }

    /// <summary>Lookup misses one user may make per rolling 24 hours (<c>LOOKUP_BUDGET_EXHAUSTED</c>).</summary>
    public int LookupMissesPerUserPerDay { get; set; } = 30;

    /// <summary>Lookup misses one app principal may make per rolling 24 hours; its requests do not count against its user.</summary>
    public int LookupMissesPerAppPerDay { get; set; } = 300;

    /// <summary>Lookup misses the people and apps of one department may make together per rolling 24 hours.</summary>
    public int LookupMissesPerDepartmentPerDay { get; set; } = 500;
}
