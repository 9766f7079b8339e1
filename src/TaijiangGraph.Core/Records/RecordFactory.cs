using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>The plans of all resources of a catalog under one seed; builds record <c>i</c> of any resource on demand.</summary>
internal sealed class RecordFactory
{
    private readonly Dictionary<string, ResourcePlan> _plans;

    public RecordFactory(DataCatalog catalog, int seed)
    {
        SeedHash = StableHash.Combine(StableHash.Of("TaijiangGraph.SyntheticRecords"), (ulong)(uint)seed);
        _plans = catalog.Resources.ToDictionary(r => r.ApiName, r => new ResourcePlan(r, SeedHash), StringComparer.Ordinal);
        foreach (var plan in _plans.Values)
        {
            CheckReferences(plan);
        }
    }

    public ulong SeedHash { get; }

    public ResourcePlan Plan(string resourceApiName) =>
        _plans.TryGetValue(resourceApiName, out var plan)
            ? plan
            : throw new ArgumentException($"The catalog has no resource '{resourceApiName}'.", nameof(resourceApiName));

    public IReadOnlyDictionary<string, object?> Create(ResourcePlan plan, int index, GenerationScope scope, int depth) =>
        new RecordContext(this, plan, index, scope, depth).Build();

    /// <summary>The resources a plan's records point to (without itself).</summary>
    public IEnumerable<string> ReferencedBy(ResourcePlan plan) =>
        plan.Items.Select(i => i.Reference?.Resource).OfType<string>().Where(r => r != plan.Resource.ApiName).Distinct();

    private void CheckReferences(ResourcePlan plan)
    {
        foreach (var item in plan.Items)
        {
            if (
                item.Type.Kind == DataKind.Decimal
                && (
                    item.Type.Precision is < 1 or > DataType.MaxDecimalPrecision
                    || item.Type.Scale < 0
                    || item.Type.Scale > item.Type.Precision
                )
            )
            {
                throw new ArgumentException($"{plan.Resource.ApiName}.{item.ApiName} has the invalid type {item.Type}.");
            }

            if (item.Reference is not { } reference)
            {
                continue;
            }

            var target = _plans.GetValueOrDefault(reference.Resource);
            var targetKey = target?.Items[target.KeyPosition];
            if (targetKey is null || targetKey.ApiName != reference.Item || targetKey.Type != item.Type)
            {
                throw new ArgumentException(
                    $"{plan.Resource.ApiName}.{item.ApiName} must reference the "
                        + $"key of an "
                        + $"existing "
                        + $"resource with "
                        + $"the same "
                        + $"type; it "
                        + $"references {reference.Resource}.{reference.Item}."
                );
            }
        }
    }
}
