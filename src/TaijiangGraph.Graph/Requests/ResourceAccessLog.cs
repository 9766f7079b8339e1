using System.Collections.Concurrent;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Requests;

/// <summary>What one request did with one resource: items read raw, masked, denied, used as predicates, the rows returned and the grants
/// relied on.</summary>
public sealed class ResourceAccessLog(string resource)
{
    private readonly ConcurrentDictionary<string, byte> _read = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _masked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _denied = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _filtered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _filterHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _grants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, byte> _rows = new();
    private readonly ConcurrentDictionary<string, byte> _keyHashes = new(StringComparer.Ordinal);

    public string Resource { get; } = resource;

    public void Field(string item, AccessDecision decision)
    {
        switch (decision.Kind)
        {
            case AccessKind.Raw:
                _read.TryAdd(item, 0);
                break;
            case AccessKind.Masked:
                _masked.TryAdd(item, 0);
                break;
            default:
                _denied.TryAdd(item, 0);
                _codes.TryAdd(decision.DenyCode ?? ErrorCodes.Policy.ForbiddenNotShared, 0);
                break;
        }

        foreach (var grant in decision.GrantIds)
        {
            _grants.TryAdd(grant, 0);
        }
    }

    /// <summary>Records a code the operation met on this resource (e.g. a refused push).</summary>
    public void Code(string code) => _codes.TryAdd(code, 0);

    public void Predicate(string item, IEnumerable<string> valueHashes)
    {
        _filtered.TryAdd(item, 0);
        foreach (var hash in valueHashes)
        {
            _filterHashes.TryAdd(hash, 0);
        }
    }

    public void Row(long rowId, string? keyHash)
    {
        _rows.TryAdd(rowId, 0);
        if (keyHash is not null)
        {
            _keyHashes.TryAdd(keyHash, 0);
        }
    }

    public IReadOnlyList<string> ItemsRead => Sorted(_read);
    public IReadOnlyList<string> ItemsMasked => Sorted(_masked);
    public IReadOnlyList<string> ItemsDenied => Sorted(_denied);
    public IReadOnlyList<string> ItemsFiltered => Sorted(_filtered);
    public IReadOnlyList<string> FilterValueHashes => Sorted(_filterHashes);
    public IReadOnlyList<string> Codes => Sorted(_codes);
    public IReadOnlyList<string> GrantIds => Sorted(_grants);
    public IReadOnlyList<string> RecordKeyHashes => Sorted(_keyHashes);
    public int RecordCount => _rows.Count;

    private static List<string> Sorted(ConcurrentDictionary<string, byte> set) => set.Keys.Order(StringComparer.Ordinal).ToList();
}
