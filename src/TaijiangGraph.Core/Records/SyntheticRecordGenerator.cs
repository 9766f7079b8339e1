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
    /// <summary>Records per unit of work of <see cref="GenerateRangeInParallel"/>.</summary>
    private const int ParallelChunk = 2048;

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
    public IEnumerable<IReadOnlyDictionary<string, object?>> Generate(string resourceApiName, int count, int? referencedCount = null) =>
        GenerateRange(resourceApiName, 0, count, referencedCount ?? count);

    /// <summary>
    /// Streams records <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1 of one resource, lazily:
    /// what a table holding the first <paramref name="start"/> records of this seed gets next (keys never repeat an earlier
    /// record's). References point into resources of <paramref name="referencedCount"/> records.
    /// </summary>
    /// <exception cref="ArgumentException">The catalog has no such resource.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or the start is negative, the records would exceed the keys the resource
    /// can have, or a referenced resource cannot have <paramref name="referencedCount"/> records.</exception>
    public IEnumerable<IReadOnlyDictionary<string, object?>> GenerateRange(
        string resourceApiName,
        int start,
        int count,
        int referencedCount
    )
    {
        var plan = _factory.Plan(resourceApiName);
        var others = referencedCount;
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(others, nameof(referencedCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)start + count, plan.Keys.Capacity, nameof(count));
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

        return Stream(plan, start, new GenerationScope(resourceApiName, start + count, others));
    }

    /// <summary>
    /// The records of <see cref="GenerateRange"/>, in the same order, built ahead on all cores in chunks while the caller
    /// consumes them (a bulk load writes on one thread while the others generate).
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="GenerateRange"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="GenerateRange"/>.</exception>
    public IEnumerable<IReadOnlyDictionary<string, object?>> GenerateRangeInParallel(
        string resourceApiName,
        int start,
        int count,
        int referencedCount
    )
    {
        _ = GenerateRange(resourceApiName, start, count, referencedCount); // checks the arguments now, not on the first read
        var plan = _factory.Plan(resourceApiName);
        var scope = new GenerationScope(resourceApiName, start + count, referencedCount);
        return Enumerable
            .Range(0, (count + ParallelChunk - 1) / ParallelChunk)
            .AsParallel()
            .AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
            .SelectMany(chunk =>
            {
                var first = start + (chunk * ParallelChunk);
                var records = new IReadOnlyDictionary<string, object?>[Math.Min(ParallelChunk, scope.Count - first)];
                for (var i = 0; i < records.Length; i++)
                {
                    records[i] = _factory.Create(plan, first + i, scope, 0);
                }

                return records;
            });
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

    private IEnumerable<IReadOnlyDictionary<string, object?>> Stream(ResourcePlan plan, int start, GenerationScope scope)
    {
        for (var i = start; i < scope.Count; i++)
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
