using GraphQL;
using GraphQLParser.AST;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Planning;

/// <summary>
/// The plans of one request, one per data field node of the validated document, and the request's row scope per
/// resource it uses; frozen once validation has built them (docs/architecture.md, request path). A resolver reads
/// only through <see cref="For"/>, which refuses a field without a plan.
/// </summary>
public sealed class RequestPlans
{
    // Plain dictionaries, never changed after construction: a request builds them once and reads them a few times, too few
    // for a frozen dictionary's costly construction to pay off.
    private readonly Dictionary<GraphQLField, FieldPlan> _plans;
    private readonly Dictionary<ASTNode, SelectionContribution> _selections;
    private readonly Dictionary<string, FilterNode?> _scopes;

    internal RequestPlans(
        IEnumerable<KeyValuePair<GraphQLField, FieldPlan>> plans,
        IEnumerable<KeyValuePair<ASTNode, SelectionContribution>> selections,
        IEnumerable<KeyValuePair<string, FilterNode?>> scopes
    )
    {
        _plans = Of(plans, ReferenceEqualityComparer.Instance);
        _selections = Of(selections, ReferenceEqualityComparer.Instance);
        _scopes = Of(scopes, StringComparer.Ordinal);
    }

    /// <summary>No plans: every data field refuses to read.</summary>
    public static RequestPlans None { get; } = new([], [], []);

    /// <summary>The number of planned field nodes.</summary>
    public int Count => _plans.Count;

    /// <summary>
    /// The plan of a data field node. A node GraphQL.NET made at execution by merging fields of the same response
    /// key (the standard rule OverlappingFieldsCanBeMerged has made their arguments equal) gets the plan of the
    /// fields it merges, reading the union of their columns.
    /// </summary>
    /// <exception cref="ExecutionError">No plan covers the node (<c>PLAN_MISSING</c>): nothing may be read.</exception>
    public FieldPlan For(GraphQLField field)
    {
        if (_plans.TryGetValue(field, out var plan))
        {
            return plan;
        }

        return Merged(field)
            ?? throw new ExecutionError(
                $"The field '{field.Name.StringValue}' has no " + $"plan from " + $"validation; " + $"nothing is read."
            )
            {
                Code = ErrorCodes.Service.PlanMissing,
            };
    }

    /// <summary>The request's row scope on a resource it uses (null when it covers all rows).</summary>
    /// <exception cref="InvalidOperationException">The request does not use the resource: no scope was worked out for it.</exception>
    public FilterNode? ScopeOf(CatalogResource resource) =>
        _scopes.TryGetValue(resource.ApiName, out var scope)
            ? scope
            : throw new InvalidOperationException($"The request's plans hold no row scope of {resource.ApiName}.");

    /// <summary>A dictionary of the pairs; a key given twice (a fragment's selection spread under two fields) keeps the last.</summary>
    private static Dictionary<TKey, TValue> Of<TKey, TValue>(
        IEnumerable<KeyValuePair<TKey, TValue>> pairs,
        IEqualityComparer<TKey> comparer
    )
        where TKey : notnull
    {
        var dictionary = new Dictionary<TKey, TValue>(comparer);
        foreach (var (key, value) in pairs)
        {
            dictionary[key] = value;
        }

        return dictionary;
    }

    private FieldPlan? Merged(GraphQLField field)
    {
        var selections = field.SelectionSet?.Selections ?? [];
        var parts = new List<SelectionContribution>(selections.Count);
        foreach (var selection in selections)
        {
            if (!_selections.TryGetValue(selection, out var part))
            {
                return null;
            }

            parts.Add(part);
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var first = parts[0].Owner;
        return parts.All(p => SameRead(p.Owner, first))
            ? first with
            {
                Columns = PlanColumns.Union(first.Resource, parts.Select(p => p.Columns)),
            }
            : null;
    }

    /// <summary>Whether two plans read the same rows (they may differ in columns only).</summary>
    private static bool SameRead(FieldPlan a, FieldPlan b) =>
        ReferenceEquals(a, b)
        || (
            a.Resource == b.Resource
            && a.Role == b.Role
            && a.Binding == b.Binding
            && a.First == b.First
            && Equals(a.Key, b.Key)
            && a.Position?.RowId == b.Position?.RowId
            && (a.Position is null) == (b.Position is null)
        );
}
