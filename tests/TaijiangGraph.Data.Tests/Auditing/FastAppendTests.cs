using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>
/// docs/audit.md (Writing: group commit, fail closed): the writer's prepared ADO.NET inserts store every column exactly as EF change
/// tracking does, a batch that fails part-way commits nothing of itself (records, keys, checkpoint) while the writer goes on with the
/// next one, and the writer measures every request's commit latency and logs its percentiles once at shutdown.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FastAppendTests(PostgresServerFixture postgres)
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 26, 12, 0, 0, 123, TimeSpan.FromHours(8)).AddTicks(4567);

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_prepared_inserts_store_every_column_as_EF_change_tracking_does(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);

        await trail.Store.AppendAsync(Batch("fast"), Now);
        await using (var ef = new EfAuditAppender(trail.Context()))
        {
            await ef.AppendAsync(Batch("ef"), Now, CancellationToken.None);
        }

        var fast = await RowsAsync(trail, "fast");
        var viaEf = await RowsAsync(trail, "ef");
        Assert.Equal((3, 4, 1), (fast.Records.Count, fast.Keys.Count, fast.Checkpoints.Count));
        Assert.Equal(viaEf.Records, fast.Records);
        Assert.Equal(viaEf.Keys, fast.Keys);
        Assert.Equal(viaEf.Checkpoints, fast.Checkpoints);
        var read = (await trail.ChainAsync("fast")).Select(e => e.Chained).ToList();
        Assert.Equal(Batch("fast").Select(c => c.Record.Time), read.Select(c => c.Record.Time));
        Assert.Equal(Batch("fast").Select(c => c.Record.RecordKeyHashes), read.Select(c => c.Record.RecordKeyHashes));
        Assert.Equal(new string?[] { null, "Visits", "Visits" }, read.Select(c => c.Record.OperationName));
        Assert.Equal(
            [
                ["SA-2026-0001", "SA-2026-0002"],
                [],
                ["SA-2026-0001", "SA-2026-0002"],
            ],
            read.Select(c => c.Record.ApplicationIds)
        );
        Assert.Contains("application_ids=String:SA-2026-0001,SA-2026-0002", fast.Records[2], StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_batch_failing_part_way_commits_nothing_of_itself_and_the_writer_goes_on(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);
        var writer = trail.Writer("node-a");
        await writer.WriteAsync(Enumerable.Range(0, 998).Select(SampleRecords.Read).ToList(), CancellationToken.None);
        await RefuseKeyAsync(trail, "poison"); // after the writer's statements were prepared

        // Sequences 999 to 1001: records and keys are inserted before the poisoned key, the checkpoint of 1000 after it.
        var poisoned = new[]
        {
            SampleRecords.Read(998),
            SampleRecords.Read(999) with
            {
                RecordKeyHashes = ["poison"],
            },
            SampleRecords.Read(1000),
        };
        await Assert.ThrowsAsync<AuditUnavailableException>(() => writer.WriteAsync(poisoned, CancellationToken.None));

        Assert.Equal(
            (998L, 1996L, 0L),
            (
                await trail.CountAsync("audit_records"),
                await trail.CountAsync("audit_record_keys"),
                await trail.CountAsync("audit_checkpoints")
            )
        );
        await writer.WriteAsync([SampleRecords.Read(1001), SampleRecords.Read(1002), SampleRecords.Read(1003)], CancellationToken.None);

        var chain = await trail.ChainAsync("node-a");
        Assert.Equal(Enumerable.Range(1, 1001).Select(i => (long)i), chain.Select(e => e.Chained.Sequence));
        Assert.Equal("trace-1001", chain[998].Chained.Record.RequestId);
        Assert.Equal((2002L, 1L), (await trail.CountAsync("audit_record_keys"), await trail.CountAsync("audit_checkpoints")));
        Assert.Equal(new(true, 1001, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));
        Assert.Equal((2L, 1001L), (writer.Commits, writer.RecordsCommitted));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_writer_measures_every_committed_request_and_logs_the_percentiles_once_at_shutdown(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);
        var logger = new ListLogger<GroupCommitAuditWriter>();
        var writer = trail.Writer("node-a", logger);
        var published = new ConcurrentBag<double>(); // the meter is process-wide: writers of tests running alongside publish too
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Name: "audit.commit.latency", Unit: "ms", Meter.Name: AuditMetrics.MeterName })
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => published.Add(value));
        listener.Start();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => writer.WriteAsync([SampleRecords.Read(i)], CancellationToken.None)));
        await writer.WriteAsync([SampleRecords.Read(5), SampleRecords.Read(6)], CancellationToken.None);

        Assert.Equal(6, writer.CommitLatency.Count);
        Assert.True(published.Count >= 6, $"{published.Count} latencies published on the meter");
        Assert.All(published, ms => Assert.True(ms > 0));
        Assert.InRange(writer.CommitLatency.PercentileMilliseconds(50), 0.001, writer.CommitLatency.MaxMilliseconds);
        await writer.DisposeAsync();
        await writer.DisposeAsync();

        var line = Assert.Single(logger.Entries, e => e.Message.StartsWith("Audit commit latency:", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Matches(
            $@"^Audit commit latency: count=6 p50=[0-9.]+ms p90=[0-9.]+ms p99=[0-9.]+ms max=[0-9.]+ms commits={writer.Commits} records=7$",
            line.Message
        );
    }

    /// <summary>Chain links are not computed here: this compares stored columns, not chain verification.</summary>
    private static List<ChainedAuditRecord> Batch(string node)
    {
        var records = new[]
        {
            SampleRecords.Read(0) with
            {
                // Not UTC, and sub-second to the microsecond (PostgreSQL keeps microseconds).
                Time = new DateTimeOffset(2026, 11, 26, 20, 34, 56, TimeSpan.FromHours(8)).AddTicks(1_234_560),
                App = null,
                ClientIp = null,
                OperationName = null,
                Purpose = null,
                Resource = null,
                OperationSignature = null,
                SignatureHash = null,
                RecordKeyHashes = [],
                Outcome = AuditOutcome.Rejected,
            },
            SampleRecords.Read(1) with
            {
                Format = AuditRecord.LegacyFormat,
                DocumentHash = "sha256:" + new string('d', 64),
            },
            SampleRecords.Read(2) with
            {
                Purpose = "困难群众走访联系 'quoted' \"twice\"",
            },
        };
        return records.Select((r, i) => new ChainedAuditRecord(node, 999 + i, r, $"previous-{999 + i}", $"hmac-{999 + i}")).ToList();
    }

    private static async Task<(IReadOnlyList<string> Records, IReadOnlyList<string> Keys, IReadOnlyList<string> Checkpoints)> RowsAsync(
        AuditTrailUnderTest trail,
        string node
    ) =>
        (
            await trail.RowsAsync($"SELECT * FROM audit_records WHERE node_id = '{node}' ORDER BY sequence", "id", "node_id"),
            await trail.RowsAsync(
                "SELECT r.sequence, k.resource, k.key_hash FROM audit_record_keys k JOIN audit_records r ON r.id = k.record_id "
                    + $"WHERE r.node_id = '{node}' ORDER BY k.id"
            ),
            await trail.RowsAsync($"SELECT * FROM audit_checkpoints WHERE node_id = '{node}' ORDER BY sequence", "node_id")
        );

    /// <summary>Makes the database refuse a key row with <paramref name="hash"/>, as a failing disk or constraint would
    /// mid-batch.</summary>
    private static async Task RefuseKeyAsync(AuditTrailUnderTest trail, string hash)
    {
        if (trail.Provider == DatabaseProvider.Sqlite)
        {
            await trail.ExecuteAsync(
                $"CREATE TRIGGER refuse_key BEFORE INSERT ON audit_record_keys WHEN NEW.key_hash = '{hash}' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused key'); END"
            );
            return;
        }

        await trail.ExecuteAsync(
            "CREATE FUNCTION refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + $"IF NEW.key_hash = '{hash}' THEN RAISE EXCEPTION 'refused key'; END IF; RETURN NEW; END $$"
        );
        await trail.ExecuteAsync("CREATE TRIGGER refuse_key BEFORE INSERT ON audit_record_keys FOR EACH ROW EXECUTE FUNCTION refuse_key()");
    }
}
