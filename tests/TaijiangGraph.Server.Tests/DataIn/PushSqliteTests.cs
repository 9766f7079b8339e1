using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataIn;

/// <summary>docs/data-in.md, "The push", on SQLite: the scenarios of <see cref="PushScenarios"/>.</summary>
public sealed class PushSqliteTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private readonly PushScenarios _scenarios = new(server);

    [Fact]
    public Task Three_tax_payments_are_refused_until_fixed_then_read_as_the_sharing_rules_say() =>
        _scenarios.Three_tax_payments_are_refused_until_fixed_then_read_as_the_sharing_rules_say();

    [Fact]
    public Task A_push_by_anyone_but_the_provider_is_forbidden_writes_nothing_and_is_recorded_as_rejected() =>
        _scenarios.A_push_by_anyone_but_the_provider_is_forbidden_writes_nothing_and_is_recorded_as_rejected();

    [Fact]
    public Task The_providers_app_pushes() => _scenarios.The_providers_app_pushes();

    [Fact]
    public Task A_partial_update_changes_only_the_given_items_null_clears_and_a_repeat_writes_no_version() =>
        _scenarios.A_partial_update_changes_only_the_given_items_null_clears_and_a_repeat_writes_no_version();

    [Fact]
    public Task A_push_of_a_deleted_key_is_refused_and_the_record_stays_deleted() =>
        _scenarios.A_push_of_a_deleted_key_is_refused_and_the_record_stays_deleted();

    [Fact]
    public Task More_than_a_thousand_records_are_refused_with_the_cap_code_and_a_thousand_written() =>
        _scenarios.More_than_a_thousand_records_are_refused_with_the_cap_code_and_a_thousand_written();

    [Fact]
    public Task Values_of_refused_records_never_reach_the_answer_the_logs_or_the_audit_trail() =>
        _scenarios.Values_of_refused_records_never_reach_the_answer_the_logs_or_the_audit_trail();
}
