using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>Placeholder until the generator lands (replaced by the helper's file).</summary>
public sealed class SyntheticRecordGenerator(DataCatalog catalog, int seed)
{
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Generate(int recordsPerResource) =>
        catalog.Resources.ToDictionary(r => r.ApiName, r => (IReadOnlyList<IReadOnlyDictionary<string, object?>>)Enumerable.Range(0, recordsPerResource)
            .Select(i => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { [r.Key.ApiName] = $"{seed}-{i}" }).ToList());
}
