using System.Text;
using Microsoft.Extensions.Logging;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// docs/audit.md (What is recorded): no conditional value, raw key or raw filter value appears in the trail or the logs — shown
/// with planted values that were really read, filtered on and looked up — while the keyed hashes of keys and filter
/// values are recorded.
/// </summary>
public sealed class NoLeakTests(LeakScenario scenario) : IClassFixture<LeakScenario>
{
    private string AuditFile => Path.Combine(scenario.Server.DataFolder, "audit.db");

    [Fact]
    public void The_planted_values_were_really_returned_to_the_callers_allowed_to_read_them()
    {
        var r = scenario.Responses;
        Assert.Contains(PlantedValues.Name, r["ga-by-key"], StringComparison.Ordinal);
        Assert.Contains(PlantedValues.BirthDate, r["ga-by-key"], StringComparison.Ordinal);
        Assert.Contains(scenario.Planted.IdNumber, r["ga-by-key"], StringComparison.Ordinal);
        Assert.Contains(PlantedValues.Name, r["mz-eq"], StringComparison.Ordinal); // G-2025-0002 lifts the name mask
        Assert.DoesNotContain(PlantedValues.BirthDate, r["mz-eq"], StringComparison.Ordinal);
        Assert.Contains("8675309.17", r["sw-by-key"], StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedValues.LegalRep, r["sw-by-key"], StringComparison.Ordinal); // G-2025-0003 keeps the name mask
        Assert.Contains(PlantedValues.LegalRep, r["scjg-by-key"], StringComparison.Ordinal);
        Assert.Contains(scenario.Planted.PaymentId, r["sw-batch"], StringComparison.Ordinal);
        Assert.Contains("FORBIDDEN_FILTER", r["jy-contains"], StringComparison.Ordinal);
        Assert.Contains("FORBIDDEN_FILTER", r["mz-amount-filter"], StringComparison.Ordinal);
        Assert.Contains("FORBIDDEN_CONDITIONAL", r["jy-name"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_row_of_any_table_of_the_trail_holds_a_planted_value()
    {
        var dump = await new SqliteFile(AuditFile).DumpAsync();

        Assert.Contains("audit_records", dump.Keys);
        Assert.Contains("audit_record_keys", dump.Keys);
        Assert.True(dump["audit_records"].Count >= 16, $"only {dump["audit_records"].Count} records");
        foreach (var (table, rows) in dump)
        {
            foreach (var row in rows)
            {
                var leaked = scenario.Planted.All.Where(v => row.Contains(v, StringComparison.Ordinal)).ToList();
                Assert.True(leaked.Count == 0, $"{table} holds {string.Join(", ", leaked)}: {row}");
            }
        }
    }

    [Fact]
    public void The_trail_files_do_not_hold_a_planted_value_in_any_byte()
    {
        var files = Directory.GetFiles(scenario.Server.DataFolder, "audit.db*");

        Assert.Contains(files, f => f.EndsWith("audit.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = ReadShared(file);
            Assert.All(scenario.Planted.All, v =>
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(v)) < 0, $"{Path.GetFileName(file)} holds {v}")
            );
        }
    }

    [Fact]
    public void No_log_line_holds_a_planted_value()
    {
        var lines = scenario.Server.Logs.Lines;

        Assert.Contains(lines, l => l.Contains("Seeded the sample catalog", StringComparison.Ordinal)); // the capture works
        Assert.Empty(scenario.Server.Logs.At(LogLevel.Error));
        foreach (var line in lines)
        {
            var leaked = scenario.Planted.All.Where(v => line.Contains(v, StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"a log line holds {string.Join(", ", leaked)}: {line}");
        }
    }

    [Fact]
    public async Task The_keys_read_and_the_filter_values_used_are_recorded_as_keyed_hashes()
    {
        var dump = await new SqliteFile(AuditFile).DumpAsync();
        var keys = string.Join("\n", dump["audit_record_keys"]);
        var records = string.Join("\n", dump["audit_records"]);
        var planted = scenario.Planted;
        string Hash(string resource, string value) => Trail.Hash(scenario.Server.App, resource, value);

        Assert.Contains(Hash("household_person", planted.IdNumber), keys, StringComparison.Ordinal);
        Assert.Contains(Hash("household_person", planted.OtherIdNumber), keys, StringComparison.Ordinal);
        Assert.Contains(Hash("tax_payment", planted.PaymentId), keys, StringComparison.Ordinal);
        Assert.Contains(Hash("market_entity", planted.CreditCode), keys, StringComparison.Ordinal);
        Assert.Contains(Hash("household_person", planted.IdNumber), records, StringComparison.Ordinal); // as a filter value
        Assert.Contains(Hash("household_person", PlantedValues.NameFilter), records, StringComparison.Ordinal);
        Assert.Contains(Hash("household_person", PlantedValues.StreetFilter), records, StringComparison.Ordinal);
        Assert.Contains(Hash("market_entity", PlantedValues.LegalRep), records, StringComparison.Ordinal);
        Assert.Contains(Hash("tax_payment", "8675309.17"), records, StringComparison.Ordinal);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
