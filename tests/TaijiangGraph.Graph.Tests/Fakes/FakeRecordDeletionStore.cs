using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>Record deletion requests held in memory for graph tests: none unless a test adds them; decisions fail the test.</summary>
internal sealed class FakeRecordDeletionStore : IRecordDeletionStore
{
    public List<RecordDeletionRequest> Requests { get; } = [];

    public string NewRequestId(DateTimeOffset now) => $"RD-{now.Year}-{Requests.Count + 1:D12}";

    public Task<RecordDeletionOutcome> RequestAsync(RecordDeletionRequest request, string actor, CancellationToken ct = default)
    {
        Requests.Add(request);
        return Task.FromResult(RecordDeletionOutcome.Done(request));
    }

    public Task<RecordDeletionOutcome> DecideAsync(
        RecordDeletionRequest before,
        RecordDeletionOutcome outcome,
        DataCatalog catalog,
        string actor,
        CancellationToken ct = default
    ) => throw new NotSupportedException("Graph tests decide no deletion.");

    public Task<RecordDeletionRequest?> FindAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(Requests.FirstOrDefault(r => r.Id == id));

    public Task<IReadOnlyList<RecordDeletionRequest>> ListAsync(
        RecordDeletionState? state,
        string? provider,
        int take,
        CancellationToken ct = default
    ) =>
        Task.FromResult<IReadOnlyList<RecordDeletionRequest>>([
            .. Requests.Where(r => (state is null || r.State == state) && (provider is null || r.Provider == provider)).Take(take),
        ]);
}
