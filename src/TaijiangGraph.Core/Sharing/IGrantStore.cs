namespace TaijiangGraph.Core.Sharing;

/// <summary>Reads grants. Callers decide activity with <see cref="Grant.StateAt"/> and the injected clock.</summary>
public interface IGrantStore
{
    /// <summary>All grants held by a department, in every state.</summary>
    Task<IReadOnlyList<Grant>> GrantsOfAsync(string department, CancellationToken ct = default);

    /// <summary>
    /// All grants held by a department, in every state, as one object that may be shared with other requests of the department; a
    /// grant change the store makes is in the object it hands out next (docs/architecture.md, Grants and decisions cached per
    /// department).
    /// </summary>
    Task<HeldGrants> HeldByAsync(string department, CancellationToken ct = default);

    /// <summary>Every grant, in every state.</summary>
    Task<IReadOnlyList<Grant>> AllAsync(CancellationToken ct = default);
}
