using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// Generates deterministic synthetic records for the resources of a catalog: the same catalog, seed and
/// counts always give the same records; keys are unique, every reference names a generated record, and
/// classified and retired items get no entry. Record <c>i</c> depends only on the seed, the resource and
/// <c>i</c> (and the referenced resources' counts), so any resource can be streamed in constant memory.
/// </summary>
public sealed class SyntheticRecordGenerator
{
    private readonly RecordFactory _factory;

    /// <exception cref="ArgumentException">A resource lacks a single usable key, or an item references something other than another
    /// resource's key.</exception>
    public SyntheticRecordGenerator(DataCatalog catalog, int seed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _factory = new RecordFactory(catalog, seed);
        Seed = seed;
        ResourceOrder = OrderByReferences(catalog);
    }

    public int Seed { get; }

    /// <summary>Every resource's API name, referenced resources before those referencing them (cycles broken in catalog order).</summary>
    public IReadOnlyList<string> ResourceOrder { get; }

    /// <summary>
    /// <paramref name="recordsPerResource"/> records for every resource of the catalog, keyed by resource API
    /// name in <see cref="ResourceOrder"/>; each record maps item API names to values typed by the item's data kind.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Generate(int recordsPerResource)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recordsPerResource);
        var result = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>(StringComparer.Ordinal);
        foreach (var resource in ResourceOrder)
        {
            result.Add(resource, [.. Generate(resource, recordsPerResource)]);
        }

        return result;
    }

    /// <summary>
    /// Streams the first <paramref name="count"/> records of one resource, lazily. References point into
    /// resources of <paramref name="referencedCount"/> records (default: <paramref name="count"/>), so the
    /// records equal those of <see cref="Generate(int)"/> when both counts are its <c>recordsPerResource</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The catalog has no such resource.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, exceeds the keys a resource can have, or is zero for a referenced
    /// resource.</exception>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Generate(string resourceApiName, int count, int? referencedCount = null)
    {
        var plan = _factory.Plan(resourceApiName);
        var others = referencedCount ?? count;
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(others, nameof(referencedCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, plan.Keys.Capacity);
        if (count > 0)
        {
            foreach (var referenced in ReachableFrom(plan))
            {
                if (others == 0 || others > referenced.Keys.Capacity)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(referencedCount),
                        others,
                        $"Resource '{resourceApiName}' references '{referenced.Resource.ApiName}', which cannot have {others} records."
                    );
                }
            }
        }

        return Stream(plan, new GenerationScope(resourceApiName, count, others));
    }

    /// <summary>The key of record <paramref name="index"/> of a resource, without generating the record.</summary>
    /// <exception cref="ArgumentException">The catalog has no such resource.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or beyond the keys the resource can have.</exception>
    public object KeyOf(string resourceApiName, int index)
    {
        var plan = _factory.Plan(resourceApiName);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, plan.Keys.Capacity);
        return plan.Keys.KeyOf(index);
    }

    private IEnumerable<IReadOnlyDictionary<string, object?>> Stream(ResourcePlan plan, GenerationScope scope)
    {
        for (var i = 0; i < scope.Count; i++)
        {
            yield return _factory.Create(plan, i, scope, 0);
        }
    }

    /// <summary>The resources reached through references, directly or transitively, from a plan (not itself).</summary>
    private List<ResourcePlan> ReachableFrom(ResourcePlan start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Resource.ApiName };
        var reached = new List<ResourcePlan>();
        var pending = new Stack<ResourcePlan>([start]);
        while (pending.TryPop(out var plan))
        {
            foreach (var next in _factory.ReferencedBy(plan).Where(seen.Add).Select(_factory.Plan))
            {
                reached.Add(next);
                pending.Push(next);
            }
        }

        return reached;
    }

    private List<string> OrderByReferences(DataCatalog catalog)
    {
        var order = new List<string>(catalog.Resources.Count);
        var visited = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string resource)
        {
            if (!visited.Add(resource))
            {
                return;
            }

            foreach (var referenced in _factory.ReferencedBy(_factory.Plan(resource)))
            {
                Visit(referenced);
            }

            order.Add(resource);
        }

        foreach (var resource in catalog.Resources)
        {
            Visit(resource.ApiName);
        }

        return order;
    }
}
