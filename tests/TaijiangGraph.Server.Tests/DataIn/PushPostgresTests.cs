using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataIn;

/// <summary>docs/data-in.md, "The push", on PostgreSQL: the scenarios of <see cref="PushScenarios"/> on one server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PushPostgresTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private TaijiangServerFactory? _server;

    public async Task InitializeAsync()
    {
        if (postgres.UnavailableReason is null)
        {
            _server = TaijiangServerFactory.OnPostgreSql(postgres.ConnectionString(await postgres.CreateDatabaseAsync("push")));
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
    public Task Three_tax_payments_are_refused_until_fixed_then_read_as_the_sharing_rules_say() =>
        Scenarios().Three_tax_payments_are_refused_until_fixed_then_read_as_the_sharing_rules_say();

    [SkippableFact]
    public Task A_push_by_anyone_but_the_provider_is_forbidden_writes_nothing_and_is_recorded_as_rejected() =>
        Scenarios().A_push_by_anyone_but_the_provider_is_forbidden_writes_nothing_and_is_recorded_as_rejected();

    [SkippableFact]
    public Task The_providers_app_pushes() => Scenarios().The_providers_app_pushes();

    [SkippableFact]
    public Task A_partial_update_changes_only_the_given_items_null_clears_and_a_repeat_writes_no_version() =>
        Scenarios().A_partial_update_changes_only_the_given_items_null_clears_and_a_repeat_writes_no_version();

    [SkippableFact]
    public Task A_push_of_a_deleted_key_is_refused_and_the_record_stays_deleted() =>
        Scenarios().A_push_of_a_deleted_key_is_refused_and_the_record_stays_deleted();

    [SkippableFact]
    public Task More_than_a_thousand_records_are_refused_with_the_cap_code_and_a_thousand_written() =>
        Scenarios().More_than_a_thousand_records_are_refused_with_the_cap_code_and_a_thousand_written();

    [SkippableFact]
    public Task Values_of_refused_records_never_reach_the_answer_the_logs_or_the_audit_trail() =>
        Scenarios().Values_of_refused_records_never_reach_the_answer_the_logs_or_the_audit_trail();

    private PushScenarios Scenarios()
    {
        postgres.SkipWhenUnavailable();
        return new PushScenarios(_server!);
    }
}
