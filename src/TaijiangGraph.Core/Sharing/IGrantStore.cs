namespace TaijiangGraph.Core.Sharing;

/// <summary>Reads grants. Callers decide activity with <see cref="Grant.StateAt"/> and the injected clock.</summary>
public interface IGrantStore
{
    /// <summary>All grants held by a department, in every state.</summary>
    Task<IReadOnlyList<Grant>> GrantsOfAsync(string department, CancellationToken ct = default);

    /// <summary>Every grant, in every state.</summary>
    Task<IReadOnlyList<Grant>> AllAsync(CancellationToken ct = default);
}
