using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Versions;

/// <summary>docs/data-in.md ("Record history", "Deletion") on PostgreSQL, through the GraphQL endpoint
/// (<see cref="VersionScenarios"/>).</summary>
[Collection(PostgresCollection.Name)]
public sealed class VersionPostgresTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private TaijiangServerFactory? _server;

    public async Task InitializeAsync()
    {
        if (postgres.UnavailableReason is null)
        {
            _server = TaijiangServerFactory.OnPostgreSql(postgres.ConnectionString(await postgres.CreateDatabaseAsync("record_versions")));
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
    public async Task History_shows_values_only_to_the_provider()
    {
        postgres.SkipWhenUnavailable();
        await VersionScenarios.HistoryShowsValuesOnlyToTheProvider(_server!);
    }

    [SkippableFact]
    public async Task History_follows_the_row_scope_of_the_key()
    {
        postgres.SkipWhenUnavailable();
        await VersionScenarios.HistoryFollowsTheRowScopeOfTheKey(_server!);
    }

    [SkippableFact]
    public async Task An_approved_deletion_hides_the_record_and_keeps_its_history()
    {
        postgres.SkipWhenUnavailable();
        await VersionScenarios.AnApprovedDeletionHidesTheRecordAndKeepsItsHistory(_server!);
    }

    [SkippableFact]
    public async Task A_rejected_deletion_leaves_the_record()
    {
        postgres.SkipWhenUnavailable();
        await VersionScenarios.ARejectedDeletionLeavesTheRecord(_server!);
    }

    [SkippableFact]
    public async Task Every_refusal_has_its_code()
    {
        postgres.SkipWhenUnavailable();
        await VersionScenarios.EveryRefusalHasItsCode(_server!);
    }
}
