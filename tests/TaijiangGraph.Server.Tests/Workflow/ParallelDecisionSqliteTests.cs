using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>docs/workflow.md (Concurrency) on SQLite: parallel approve and reject with one version, a few rounds.</summary>
public sealed class ParallelDecisionSqliteTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task An_approval_and_a_rejection_sent_at_once_end_in_one_success_and_one_stale_state()
    {
        // Every round asserts one success, one STALE_STATE, the stored winner and the grants (ParallelDecisions).
        await ParallelDecisions.RaceAsync(WorkflowClient.Over(server), ParallelDecisions.Today, rounds: 6);
    }
}
