namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// The ready input for <c>submitShareApplication</c> that a <c>FORBIDDEN_CONDITIONAL</c> error carries in
/// <c>extensions.apply</c> (docs/errors.md, Field errors during execution): <c>resource</c>, the API name of the resource, and
/// <c>items</c>, the API names of its conditional items denied in the same operation, sorted ordinally, so that one
/// application asks for everything the operation was refused. Purpose, scenario, legal basis and validity are the
/// applicant's to state and are left out. It names nothing the operation's errors do not already name: only items with a
/// <c>FORBIDDEN_CONDITIONAL</c> error of their own, never not-shared, classified or retired items, nor any grant.
/// </summary>
internal static class ShareApplicationHint
{
    /// <summary>The <c>apply</c> extension for <paramref name="resource"/> and its denied conditional <paramref name="items"/>.</summary>
    public static IReadOnlyDictionary<string, object> Of(string resource, IEnumerable<string> items) =>
        new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["resource"] = resource,
            ["items"] = items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
}
