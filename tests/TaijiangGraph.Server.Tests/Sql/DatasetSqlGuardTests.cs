using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Infrastructure.Sql;

namespace TaijiangGraph.Server.Tests.Sql;

/// <summary>The suite-wide SQL guard itself: what it lets through and what it flags, on SQLite- and PostgreSQL-style SQL.</summary>
public sealed class DatasetSqlGuardTests
{
    private readonly DatasetSqlGuard _guard = new(new FakeTimeProvider(TaijiangServerFactory.Now));

    [Theory]
    [InlineData(
        "SELECT \"d\".\"row_id\", "
            + "\"d\".\"credit_code\", "
            + "\"d\".\"name\", "
            + "\"d\".\"street\"\nFROM "
            + "\"ds_market_entity\" AS "
            + "\"d\"\nORDER BY \"d\".\"row_id\"\nLIMIT @p"
    )]
    [InlineData("SELECT d.row_id, d.credit_code, d.name, d.street\nFROM ds_market_entity AS d\nORDER BY d.row_id\nLIMIT @p")]
    public void A_read_of_the_row_id_the_key_and_unconditional_items_passes(string sql)
    {
        Inspect("TJ-JY", sql);

        Assert.Empty(_guard.Violations);
        Assert.Equal(["row_id", "credit_code", "name", "street"], Assert.Single(_guard.Commands).Shape.SelectList);
    }

    [Fact]
    public void A_read_comparing_the_deletion_time_and_selecting_the_version_and_change_time_passes()
    {
        Inspect(
            "TJ-JY",
            "SELECT d.row_id, d.credit_code, d._version, d._changed_at FROM ds_market_entity AS d "
                + "WHERE d._deleted_at IS NULL AND d._changed_at > @p ORDER BY d.row_id"
        );

        Assert.Empty(_guard.Violations);
    }

    [Fact]
    public void A_read_selecting_the_deletion_time_is_a_violation()
    {
        Inspect("TJ-SCJG", "SELECT d.row_id, d._deleted_at FROM ds_market_entity AS d WHERE d._deleted_at IS NULL");

        Assert.Contains(_guard.Violations, v => v.Contains("selects _deleted_at", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_the_caller_may_not_read_passes_as_the_correlation_column_of_a_batched_link()
    {
        Inspect("TJ-SCJG", "SELECT d.row_id, d.id_number, d.street FROM ds_household_person AS d WHERE d.id_number IN (@v1, @v2)");

        Assert.Empty(_guard.Violations);
    }

    [Theory]
    [InlineData("TJ-JY", "SELECT \"d\".\"row_id\", \"d\".\"legal_rep\" FROM \"ds_market_entity\" AS \"d\"", "market_entity.legal_rep")]
    [InlineData("TJ-SW", "SELECT d.row_id FROM ds_household_person AS d ORDER BY d.name", "household_person.name")]
    [InlineData(
        "TJ-GA",
        "SELECT d.row_id, d.marital_status FROM " + "ds_household_person " + "AS d WHERE " + "d.key_person_flag = @p",
        "classified column key_person_flag"
    )]
    [InlineData("TJ-SW", "SELECT \"d\".\"audit_case_ref\" FROM \"ds_tax_payment\" AS \"d\"", "classified column audit_case_ref")]
    [InlineData("TJ-MZ", "SELECT * FROM \"ds_subsistence_allowance\"", "selects *")]
    public void A_read_naming_a_column_the_caller_may_not_read_is_a_violation(string department, string sql, string expected)
    {
        Inspect(department, sql);

        Assert.Contains(_guard.Violations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_classified_column_is_a_violation_even_outside_a_request()
    {
        CurrentRequest.Context = null;
        _guard.Inspect("ALTER TABLE \"ds_household_person\" ADD COLUMN \"key_person_flag\" TEXT", SampleSeed.Load().Catalog);

        Assert.Contains(_guard.Violations, v => v.Contains("key_person_flag", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dataset_read_in_a_request_without_an_authenticated_caller_is_a_violation()
    {
        CurrentRequest.Context = new DefaultHttpContext();
        try
        {
            _guard.Inspect("SELECT d.row_id FROM ds_market_entity AS d", SampleSeed.Load().Catalog);
        }
        finally
        {
            CurrentRequest.Context = null;
        }

        Assert.Contains(_guard.Violations, v => v.Contains("without an authenticated caller", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("TJ-SW", false)]
    [InlineData("TJ-SCJG", true)]
    public void The_record_writers_read_of_whole_rows_passes_for_the_provider_only(string department, bool violation)
    {
        Inspect(
            department,
            $"-- {DatasetNames.WriteReadTag}\n\nSELECT d.row_id, d._deleted_at, d._version, d.amount FROM ds_tax_payment AS d "
                + "WHERE d.payment_id IN (@p1)"
        );

        Assert.Equal(violation, _guard.Violations.Any(v => v.Contains("not its provider", StringComparison.Ordinal)));
        Assert.Equal(violation ? 1 : 0, _guard.Violations.Count);
    }

    [Fact]
    public void Statements_on_other_tables_are_not_checked()
    {
        Inspect("TJ-JY", "SELECT \"g\".\"legal_rep\" FROM \"grants\" AS \"g\"");

        Assert.Empty(_guard.Commands);
        Assert.Empty(_guard.Violations);
    }

    private void Inspect(string department, string sql)
    {
        var http = new DefaultHttpContext();
        http.SetPrincipal(new Principal("u-test", "u-test", department, new HashSet<string>([Roles.Department]), null));
        CurrentRequest.Context = http;
        try
        {
            _guard.Inspect(sql, SampleSeed.Load().Catalog);
        }
        finally
        {
            CurrentRequest.Context = null;
        }
    }
}
