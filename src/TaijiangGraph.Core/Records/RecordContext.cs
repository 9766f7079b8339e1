using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// Builds one record: values are produced on demand in a fixed order from the record's own seeded
/// <see cref="Random"/>, so rules may read other items of the record and of the records it references.
/// </summary>
internal sealed class RecordContext
{
    /// <summary>How deep referenced records are built to copy values from them; guards reference cycles.</summary>
    private const int MaxDepth = 4;

    private readonly RecordFactory _factory;
    private readonly ResourcePlan _plan;
    private readonly GenerationScope _scope;
    private readonly int _depth;
    private readonly object?[] _values;
    private readonly byte[] _states;
    private readonly int[] _referencedIndexes;
    private readonly IReadOnlyDictionary<string, object?>?[] _referencedRecords;

    public RecordContext(RecordFactory factory, ResourcePlan plan, int index, GenerationScope scope, int depth)
    {
        _factory = factory;
        _plan = plan;
        _scope = scope;
        _depth = depth;
        Index = index;
        Rng = new Random(StableHash.ToSeed(StableHash.Combine(plan.ResourceHash, (ulong)index)));
        _values = new object?[plan.Items.Count];
        _states = new byte[plan.Items.Count];
        _referencedIndexes = new int[plan.Items.Count];
        _referencedRecords = new IReadOnlyDictionary<string, object?>?[plan.Items.Count];
    }

    public int Index { get; }

    public Random Rng { get; }

    /// <summary>The hash of the generator seed; for values that must agree across records (e.g. a taxpayer's grade).</summary>
    public ulong SeedHash => _factory.SeedHash;

    public object? Get(string itemApiName)
    {
        var at = _plan.PositionOf(itemApiName);
        return at < 0 ? null : Ensure(at);
    }

    public string? Text(string itemApiName) => Get(itemApiName) as string;

    public DateOnly? Date(string itemApiName) => Get(itemApiName) as DateOnly?;

    public int? Int(string itemApiName) => Get(itemApiName) as int?;

    /// <summary>The record a reference item points to, built in full; null when the item is no reference or too deep.</summary>
    public IReadOnlyDictionary<string, object?>? Referenced(string itemApiName)
    {
        var at = _plan.PositionOf(itemApiName);
        if (at < 0 || _plan.Items[at].Reference is not { } reference || _depth >= MaxDepth)
        {
            return null;
        }

        Ensure(at);
        return _referencedRecords[at] ??= _factory.Create(_factory.Plan(reference.Resource), _referencedIndexes[at], _scope, _depth + 1);
    }

    /// <summary>A value copied from the referenced record, when it is a string.</summary>
    public string? CopyText(string referenceItem, string sourceItem) => Referenced(referenceItem)?.GetValueOrDefault(sourceItem) as string;

    /// <summary>Produces every value and returns the record keyed by item API name, in catalog order.</summary>
    public IReadOnlyDictionary<string, object?> Build()
    {
        for (var at = 0; at < _values.Length; at++)
        {
            Ensure(at);
        }

        var record = new Dictionary<string, object?>(_values.Length, StringComparer.Ordinal);
        for (var at = 0; at < _values.Length; at++)
        {
            record.Add(_plan.Items[at].ApiName, _values[at]);
        }

        return record;
    }

    private object? Ensure(int at)
    {
        switch (_states[at])
        {
            case 2:
                return _values[at];
            case 1:
                throw new InvalidOperationException($"Values of {_plan.Resource.ApiName}.{_plan.Items[at].ApiName} depend on themselves.");
        }

        _states[at] = 1;
        _values[at] = Normalize(_plan.Items[at], Produce(at));
        _states[at] = 2;
        return _values[at];
    }

    private object? Produce(int at)
    {
        var item = _plan.Items[at];
        if (at == _plan.KeyPosition)
        {
            return _plan.Keys.KeyOf(Index);
        }

        if (item.Reference is { } reference)
        {
            var target = _factory.Plan(reference.Resource);
            _referencedIndexes[at] = Rng.Next(_scope.CountOf(target.Resource.ApiName));
            return target.Keys.KeyOf(_referencedIndexes[at]);
        }

        var rule = _plan.Rules[at]!;
        return rule.NullRate > 0 && Rng.NextDouble() < rule.NullRate ? null : rule.Produce(this);
    }

    private static object? Normalize(CatalogItem item, object? value) =>
        value switch
        {
            decimal d => DecimalValues.Fit(d, item.Type),
            DateTime t when t.Kind != DateTimeKind.Utc => DateTime.SpecifyKind(t, DateTimeKind.Utc),
            _ => value,
        };
}
