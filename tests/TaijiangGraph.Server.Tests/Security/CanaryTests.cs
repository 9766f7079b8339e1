using System.Net;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// docs/policy.md (Sharing types, CLASSIFIED), canary: columns for the classified items were added to the dataset tables by hand and filled
/// with a canary; every sample caller then reads every field, filter, sort, link and reverse link, pages on,
/// introspects, lists the catalog and names the classified items in invalid requests. The canary reaches no
/// response, no log line, no other stored value and no audit row, and no SQL ever names the planted columns.
/// </summary>
public sealed class CanaryTests(CanaryWorld world) : IClassFixture<CanaryWorld>
{
    [Fact]
    public void Every_row_of_the_tables_with_classified_items_holds_a_canary()
    {
        Assert.Equal(["ds_household_person", "ds_tax_payment"], world.Planted.Select(p => p.Table).Order(StringComparer.Ordinal));
        Assert.All(world.PlantedRows.Values, rows => Assert.Equal(rows.Rows, rows.Planted));
        Assert.All(world.PlantedRows.Values, rows => Assert.True(rows.Planted > 0));
    }

    [Fact]
    public async Task No_response_to_any_sample_caller_contains_the_canary()
    {
        var sweep = await world.Sweep;

        AssertNowhere(sweep.Replies.Select(r => ($"{r.Department} {r.Probe.Name}", r.Reply.Text)));
    }

    [Fact]
    public async Task No_log_line_of_the_server_contains_the_canary()
    {
        await world.Sweep;

        Assert.NotEmpty(world.Server.Logs.Lines);
        AssertNowhere(CanaryWitnesses.LogLines(world.Server));
    }

    [Fact]
    public async Task No_stored_value_outside_the_hand_added_columns_contains_the_canary()
    {
        await world.Sweep;

        AssertNowhere(CanaryWitnesses.MainDatabase(world));
    }

    [Fact]
    public async Task No_audit_row_contains_the_canary()
    {
        await world.Sweep;

        Assert.NotEmpty(CanaryWitnesses.AuditTrail(world));
        AssertNowhere(CanaryWitnesses.AuditTrail(world));
    }

    [Fact]
    public async Task No_dataset_command_names_a_hand_added_column()
    {
        await world.Sweep;

        var commands = world.Server.Sql.Commands;
        Assert.Contains(commands, c => c.IsSelect && c.Department is not null);
        Assert.All(world.Planted, p => Assert.DoesNotContain(commands, c => c.Shape.NamesIdentifier(p.Column)));
        world.Server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task The_sweep_reads_both_tables_with_a_canary_for_every_caller()
    {
        await world.Sweep;

        var reads = world.Server.Sql.Commands.Where(c => c.IsSelect && c.Department is not null).ToList();
        Assert.All(SampleGraph.Callers, caller =>
            Assert.All(world.Planted, p =>
                Assert.Contains(reads, c => c.Department == caller.Department && c.Shape.Tables.Contains(p.Table))
            )
        );
    }

    [Fact]
    public async Task Every_sweep_request_gets_a_json_answer_and_no_internal_error()
    {
        var sweep = await world.Sweep;

        var failures = sweep
            .Replies.Where(r =>
                r.Reply.Status is not (HttpStatusCode.OK or HttpStatusCode.BadRequest)
                || r.Reply.Errors.Any(e => GraphQLReply.Extension(e, "code") is null or "INTERNAL_ERROR")
            )
            .Select(r => $"{r.Department} {r.Probe.Name}: {(int)r.Reply.Status} {r.Reply.Text}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public async Task Introspection_never_names_a_classified_item()
    {
        var sweep = await world.Sweep;

        var introspection = sweep.Replies.Where(r => r.Probe.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        Assert.Equal(SampleGraph.Callers.Count() * ProbeQueries.Introspection(SampleSeed.Load().Catalog).Count(), introspection.Count);
        foreach (var (resource, item) in SampleGraph.ClassifiedItems(SampleSeed.Load().Catalog))
        {
            foreach (var name in new[] { SampleGraph.Field(item), item.ApiName, item.Name })
            {
                Assert.All(introspection, r => Assert.DoesNotContain(name, r.Reply.Text, StringComparison.OrdinalIgnoreCase));
            }
        }
    }

    private void AssertNowhere(IEnumerable<(string Where, string Text)> texts)
    {
        var seen = 0;
        var leaks = new List<string>();
        foreach (var (where, text) in texts)
        {
            seen++;
            if (world.Needles.FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal)) is { } needle)
            {
                leaks.Add($"{where}: '{needle}' in {text[..Math.Min(text.Length, 400)]}");
            }
        }

        Assert.True(
            leaks.Count == 0,
            $"The canary leaked ({leaks.Count} of " + $"{seen}):{Environment.NewLine}{string.Join(Environment.NewLine, leaks.Take(20))}"
        );
    }
}
