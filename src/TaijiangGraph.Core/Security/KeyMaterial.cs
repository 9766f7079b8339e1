namespace TaijiangGraph.Core.Security;

/// <summary>A secret key and its id. <see cref="ToString"/> never prints the secret.</summary>
public sealed class KeyMaterial(string id, byte[] secret)
{
    public string Id { get; } = id;

    public ReadOnlyMemory<byte> Secret { get; } = secret;

    public override string ToString() => $"key {Id}";
}
