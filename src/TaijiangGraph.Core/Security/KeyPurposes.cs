namespace TaijiangGraph.Core.Security;

/// <summary>The purposes the key ring holds keys for.</summary>
public static class KeyPurposes
{
    public const string JwtSigning = "jwt-signing";
    public const string CursorEncryption = "cursor-encryption";
    public const string MaskingHmac = "masking-hmac";
    public const string AuditHash = "audit-hash";
    public const string AuditChain = "audit-chain";
}
