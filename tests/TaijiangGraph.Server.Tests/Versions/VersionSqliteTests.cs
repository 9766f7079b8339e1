using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Versions;

/// <summary>docs/data-in.md ("Record history", "Deletion") on SQLite, through the GraphQL endpoint
/// (<see cref="VersionScenarios"/>).</summary>
public sealed class VersionSqliteTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public Task History_shows_values_only_to_the_provider() => VersionScenarios.HistoryShowsValuesOnlyToTheProvider(server);

    [Fact]
    public Task History_follows_the_row_scope_of_the_key() => VersionScenarios.HistoryFollowsTheRowScopeOfTheKey(server);

    [Fact]
    public Task An_approved_deletion_hides_the_record_and_keeps_its_history() =>
        VersionScenarios.AnApprovedDeletionHidesTheRecordAndKeepsItsHistory(server);

    [Fact]
    public Task A_rejected_deletion_leaves_the_record() => VersionScenarios.ARejectedDeletionLeavesTheRecord(server);

    [Fact]
    public Task Every_refusal_has_its_code() => VersionScenarios.EveryRefusalHasItsCode(server);
}
