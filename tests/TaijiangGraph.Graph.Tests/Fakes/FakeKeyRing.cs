using System.Security.Cryptography;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>An in-memory key ring: one random key per purpose, created on first use; <see cref="Rotate"/> retires it.</summary>
internal sealed class FakeKeyRing : IKeyRing
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<KeyMaterial>> _keys = new(StringComparer.Ordinal);

    public KeyMaterial Current(string purpose)
    {
        lock (_gate)
        {
            return Keys(purpose)[^1];
        }
    }

    public KeyMaterial? Find(string purpose, string keyId)
    {
        lock (_gate)
        {
            return Keys(purpose).Find(k => k.Id == keyId);
        }
    }

    /// <summary>Makes a fresh key current for <paramref name="purpose"/>; the old one stays findable.</summary>
    public void Rotate(string purpose)
    {
        lock (_gate)
        {
            Keys(purpose).Add(NewKey(purpose, Keys(purpose).Count + 1));
        }
    }

    private List<KeyMaterial> Keys(string purpose)
    {
        if (!_keys.TryGetValue(purpose, out var list))
        {
            _keys[purpose] = list = [NewKey(purpose, 1)];
        }

        return list;
    }

    private static KeyMaterial NewKey(string purpose, int n) => new($"{purpose}-{n}", RandomNumberGenerator.GetBytes(32));
}
