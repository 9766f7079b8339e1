using System.Collections.Concurrent;
using TaijiangGraph.Core.Masking;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>Per-department HASH masking keys, derived from the key ring's masking key (so departments cannot pool pseudonyms).</summary>
internal sealed class MaskingKeys(IKeyRing keys)
{
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _byDepartment = new(StringComparer.Ordinal);

    public ReadOnlyMemory<byte> For(string department) =>
        _byDepartment.GetOrAdd(department, d => Masker.DepartmentHashKey(keys.Current(KeyPurposes.MaskingHmac).Secret.Span, d));
}
