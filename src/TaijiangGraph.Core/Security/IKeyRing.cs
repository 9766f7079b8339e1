namespace TaijiangGraph.Core.Security;

/// <summary>
/// The service's secret keys, by purpose, each with a key id for rotation. Keys never leave the ring in
/// logs or responses.
/// </summary>
public interface IKeyRing
{
    /// <summary>The current key for a purpose (e.g. <see cref="KeyPurposes.JwtSigning"/>); created on first use.</summary>
    KeyMaterial Current(string purpose);

    /// <summary>A key by id, current or retired, for verifying what an older key produced; null when unknown.</summary>
    KeyMaterial? Find(string purpose, string keyId);
}
