namespace TaijiangGraph.Core.Auditing;

/// <summary>
/// Reads the audit trail back (docs/audit.md): searches of committed usage records and the verification of the
/// tamper-evident chains. Read only: records are appended through <see cref="IAuditSink"/>. Thread-safe.
/// </summary>
public interface IAuditQueries
{
    /// <summary>
    /// The committed records matching every condition of <paramref name="query"/> (unset conditions match all), newest
    /// first (descending record id), at most <see cref="AuditQuery.Take"/>, below <see cref="AuditQuery.BeforeId"/> when
    /// set. <see cref="AuditQuery.VisibleToDepartment"/> limits the search before any other condition applies.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken ct = default);

    /// <summary>
    /// Verifies every writer node's chain in sequence order (HMACs under <paramref name="key"/>, links, gapless sequences)
    /// and its checkpoints, and reports the first record that does not verify. <see cref="ChainVerification.Checked"/>
    /// counts the verified records inside [<paramref name="from"/>, <paramref name="to"/>]; records outside are read only
    /// to carry the chain.
    /// </summary>
    Task<ChainVerification> VerifyAsync(ReadOnlyMemory<byte> key, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct = default);
}
