namespace TaijiangGraph.Data.Governance;

/// <summary>
/// A document an app registered for production use (table <c>persisted_documents</c>): its sha256 hash
/// (64 lowercase hex digits), its text, and when it was registered. Keyed by app and hash.
/// </summary>
public sealed class PersistedDocumentRow
{
    public required string App { get; set; }
    public required string Hash { get; set; }
    public required string Document { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
