using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// The precomputed recipe for one resource's records: the items that get values (no classified or retired
/// ones), in catalog order, each with the rule that produces it, and the resource's key scheme.
/// </summary>
internal sealed class ResourcePlan
{
    private readonly Dictionary<string, int> _positions;

    public ResourcePlan(CatalogResource resource, ulong seedHash)
    {
        Resource = resource;
        ResourceHash = StableHash.Combine(seedHash, resource.ApiName);
        Items = [.. resource.Items.Where(i => i.IsExposed)];
        _positions = Items.Select((item, at) => (item.ApiName, at)).ToDictionary(p => p.ApiName, p => p.at, StringComparer.Ordinal);
        var keys = resource.Items.Where(i => i.IsKey).ToList();
        if (keys.Count != 1 || !keys[0].IsExposed)
        {
            throw new ArgumentException(
                $"Resource '{resource.ApiName}' needs "
                    + $"exactly one key "
                    + $"item that "
                    + $"is neither "
                    + $"classified "
                    + $"nor retired."
            );
        }

        KeyPosition = _positions[keys[0].ApiName];
        Keys = KeyScheme.For(resource, keys[0], seedHash);
        Rules = [.. Items.Select(RuleFor)];
    }

    public CatalogResource Resource { get; }

    /// <summary>The hash of the generator seed and the resource name; record seeds derive from it.</summary>
    public ulong ResourceHash { get; }

    public IReadOnlyList<CatalogItem> Items { get; }

    public IReadOnlyList<ValueRule?> Rules { get; }

    public int KeyPosition { get; }

    public KeyScheme Keys { get; }

    /// <summary>The position of an item among <see cref="Items"/>, or −1 when it gets no value.</summary>
    public int PositionOf(string itemApiName) => _positions.GetValueOrDefault(itemApiName, -1);

    /// <summary>The rule for a plain item; null for the key and reference items, which the context resolves itself.</summary>
    private ValueRule? RuleFor(CatalogItem item)
    {
        if (item.IsKey || item.Reference is not null)
        {
            return null;
        }

        var rule = SampleRules.Find(Resource.ApiName, item.ApiName);
        return rule is not null && rule.Kind == item.Type.Kind
            ? rule
            : new ValueRule(item.Type.Kind, ctx => FallbackValues.Value(ctx.Rng, item));
    }
}
