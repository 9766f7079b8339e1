using System.Security.Cryptography;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>
/// docs/audit.md (The chain and its verification): with the triggers dropped by hand, a changed record, a record recomputed without the
/// chain key and a removed record are each reported by the verification at exactly the right record.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ChainTamperTests(PostgresServerFixture postgres)
{
    private const string Node = "node-a";
    private const string Middle = $"node_id = '{Node}' AND sequence = 5";
    private const string FirstKeyOfMiddle =
        $"(SELECT min(k.id) FROM "
        + $"audit_record_keys k JOIN "
        + $"audit_records r "
        + $"ON r.id = "
        + $"k.record_id "
        + $"WHERE r.{Middle})";

    public static TheoryData<DatabaseProvider, string> Changes()
    {
        string[] changes =
        [
            $"UPDATE audit_records SET purpose = '改过的用途' WHERE {Middle}",
            $"UPDATE audit_records SET user_name = '李四' WHERE {Middle}",
            $"UPDATE audit_records SET items_masked = '' WHERE {Middle}",
            $"UPDATE audit_records SET record_count = 3 WHERE {Middle}",
            $"UPDATE audit_records SET outcome = 'ALLOWED' WHERE {Middle}",
            $"UPDATE audit_records SET application_ids = 'SA-2026-0009' WHERE {Middle}",
            $"UPDATE audit_records SET application_ids = '' WHERE {Middle}",
            $"UPDATE audit_record_keys SET key_hash = '{new string('0', 64)}' WHERE id = {FirstKeyOfMiddle}",
            $"DELETE FROM audit_record_keys WHERE id = {FirstKeyOfMiddle}",
        ];
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            foreach (var change in changes)
            {
                data.Add(provider, change);
            }
        }

        return data;
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_clean_chain_verifies_and_counts_the_records_in_the_range(DatabaseProvider provider)
    {
        await using var trail = await NineRecords(provider);
        var start = SampleRecords.Read(0).Time;

        var all = await trail.Store.VerifyAsync(trail.ChainKey, null, null);
        var range = await trail.Store.VerifyAsync(trail.ChainKey, start.AddMinutes(2), start.AddMinutes(5));

        Assert.Equal(new(true, 9, null, null, null, null), all);
        Assert.Equal(new(true, 4, null, null, null, null), range);
    }

    [SkippableTheory]
    [MemberData(nameof(Changes))]
    public async Task A_changed_middle_record_is_found_at_that_record(DatabaseProvider provider, string change)
    {
        await using var trail = await NineRecords(provider);
        var middle = (await trail.ChainAsync(Node))[4];
        await trail.DropTriggersAsync();

        Assert.Equal(1, await trail.ExecuteAsync(change));
        var result = await trail.Store.VerifyAsync(trail.ChainKey, null, null);

        Assert.Equal((false, Node, 5L, middle.Id), (result.Ok, result.NodeId, result.Sequence, result.RecordId));
        Assert.Equal("the record's HMAC does not match its content", result.Reason);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_record_changed_and_rechained_without_the_key_is_found_at_that_record(DatabaseProvider provider)
    {
        await using var trail = await NineRecords(provider);
        var chain = await trail.ChainAsync(Node);
        await trail.DropTriggersAsync();
        var guessedKey = RandomNumberGenerator.GetBytes(32);

        // The tamperer rewrites record 5 and recomputes it and every later link, with a key of their own.
        var previous = chain[3].Chained.Hmac;
        foreach (var entry in chain.Skip(4))
        {
            var record = entry.Chained.Sequence == 5 ? entry.Chained.Record with { Purpose = "改过的用途" } : entry.Chained.Record;
            var hmac = AuditChain.ComputeHmac(guessedKey, Node, entry.Chained.Sequence, record, previous);
            Assert.Equal(
                1,
                await trail.ExecuteAsync(
                    "UPDATE audit_records SET "
                        + "purpose = "
                        + "@purpose, "
                        + "previous_hmac = "
                        + "@previous, hmac = "
                        + "@hmac WHERE id = @id",
                    ("purpose", record.Purpose!),
                    ("previous", previous),
                    ("hmac", hmac),
                    ("id", entry.Id)
                )
            );
            previous = hmac;
        }

        var result = await trail.Store.VerifyAsync(trail.ChainKey, null, null);

        Assert.Equal((false, Node, 5L, chain[4].Id), (result.Ok, result.NodeId, result.Sequence, result.RecordId));
        Assert.Equal("the record's HMAC does not match its content", result.Reason);
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_removed_middle_record_is_found_at_the_next_one(DatabaseProvider provider)
    {
        await using var trail = await NineRecords(provider);
        var chain = await trail.ChainAsync(Node);
        await trail.DropTriggersAsync();

        await trail.ExecuteAsync($"DELETE FROM audit_record_keys WHERE record_id = (SELECT id FROM audit_records WHERE {Middle})");
        Assert.Equal(1, await trail.ExecuteAsync($"DELETE FROM audit_records WHERE {Middle}"));
        var result = await trail.Store.VerifyAsync(trail.ChainKey, null, null);

        Assert.Equal((false, Node, 6L, chain[5].Id), (result.Ok, result.NodeId, result.Sequence, result.RecordId));
        Assert.Equal("sequence 5 is missing", result.Reason);
        Assert.Equal(4, result.Checked);
    }

    private async Task<AuditTrailUnderTest> NineRecords(DatabaseProvider provider)
    {
        var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);
        await trail.WriteAsync(Node, 9);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), (await trail.ChainAsync(Node)).Select(e => e.Chained.Sequence));
        return trail;
    }
}
