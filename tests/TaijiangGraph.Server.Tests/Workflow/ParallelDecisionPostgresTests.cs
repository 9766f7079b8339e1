using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>docs/workflow.md (Concurrency) on PostgreSQL: parallel approve and reject with one version, a few rounds.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ParallelDecisionPostgresTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private TaijiangServerFactory? _server;

    public async Task InitializeAsync()
    {
        if (postgres.UnavailableReason is null)
        {
            _server = TaijiangServerFactory.OnPostgreSql(postgres.ConnectionString(await postgres.CreateDatabaseAsync("workflow_race")));
            _ = _server.Services;
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task An_approval_and_a_rejection_sent_at_once_end_in_one_success_and_one_stale_state()
    {
        postgres.SkipWhenUnavailable();

        // Every round asserts one success, one STALE_STATE, the stored winner and the grants (ParallelDecisions).
        await ParallelDecisions.RaceAsync(WorkflowClient.Over(_server!), ParallelDecisions.Today, rounds: 6);
    }
}
