using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>Grants held in memory.</summary>
internal sealed class FakeGrantStore : IGrantStore
{
    public List<Grant> Grants { get; } = [];

    public Task<IReadOnlyList<Grant>> GrantsOfAsync(string department, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Grant>>([.. Grants.Where(g => g.Grantee == department)]);

    public Task<IReadOnlyList<Grant>> AllAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<Grant>>([.. Grants]);
}
