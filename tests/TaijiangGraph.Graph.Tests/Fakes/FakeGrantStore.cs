using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>Grants held in memory, read afresh on every call (nothing cached).</summary>
internal sealed class FakeGrantStore : IGrantStore
{
    public List<Grant> Grants { get; } = [];

    public Task<IReadOnlyList<Grant>> GrantsOfAsync(string department, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Grant>>([.. Grants.Where(g => g.Grantee == department)]);

    public async Task<HeldGrants> HeldByAsync(string department, CancellationToken ct = default) =>
        new(department, await GrantsOfAsync(department, ct));

    public Task<IReadOnlyList<Grant>> AllAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<Grant>>([.. Grants]);
}
