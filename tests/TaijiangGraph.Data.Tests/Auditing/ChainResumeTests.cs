using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>docs/audit.md (The chain and its verification): a node's chain resumes after a restart from its last committed record, nodes
/// keep separate chains, and chain heads are checkpointed.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ChainResumeTests(PostgresServerFixture postgres)
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_restarted_writer_continues_the_chain_from_the_last_committed_record(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);
        var before = trail.Writer("node-a");
        await before.WriteAsync([SampleRecords.Read(0), SampleRecords.Read(1)], CancellationToken.None);
        await before.WriteAsync([SampleRecords.Read(2)], CancellationToken.None);
        await before.DisposeAsync();

        var after = trail.Writer("node-a");
        await after.WriteAsync([SampleRecords.Read(3)], CancellationToken.None);
        await after.WriteAsync([SampleRecords.Read(4), SampleRecords.Read(5)], CancellationToken.None);

        var chain = (await trail.ChainAsync("node-a")).Select(e => e.Chained).ToList();
        Assert.Equal([1L, 2, 3, 4, 5, 6], chain.Select(c => c.Sequence));
        Assert.Equal("genesis", chain[0].PreviousHmac);
        Assert.All(chain.Skip(1), (c, i) => Assert.Equal(chain[i].Hmac, c.PreviousHmac));
        Assert.Equal(
            ["trace-0000", "trace-0001", "trace-0002", "trace-0003", "trace-0004", "trace-0005"],
            chain.Select(c => c.Record.RequestId)
        );
        Assert.Equal((3L, 3L), (before.RecordsCommitted, after.RecordsCommitted));
        Assert.Equal(new(true, 6, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Two_nodes_writing_at_once_keep_separate_chains_that_each_verify(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);

        await Task.WhenAll(trail.WriteAsync("node-a", 20), trail.WriteAsync("node-b", 15));

        Assert.Equal(["node-a", "node-b"], await trail.Store.NodesAsync());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), (await trail.ChainAsync("node-a")).Select(e => e.Chained.Sequence));
        Assert.Equal(Enumerable.Range(1, 15).Select(i => (long)i), (await trail.ChainAsync("node-b")).Select(e => e.Chained.Sequence));
        Assert.All(await trail.ChainAsync("node-b"), e => Assert.Equal("node-b", e.Chained.NodeId));
        Assert.Equal(new(true, 35, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));

        await trail.DropTriggersAsync();
        await trail.ExecuteAsync("UPDATE audit_records SET purpose = '改过的用途' WHERE node_id = 'node-b' AND sequence = 7");
        var result = await trail.Store.VerifyAsync(trail.ChainKey, null, null);
        Assert.Equal((false, "node-b", 7L), (result.Ok, result.NodeId, result.Sequence));
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Removing_the_tail_of_a_chain_up_to_a_checkpointed_head_is_found(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);
        await trail.WriteAsync("node-a", 1001, perRequest: 500);
        Assert.Equal(1, await trail.CountAsync("audit_checkpoints"));
        Assert.True((await trail.Store.VerifyAsync(trail.ChainKey, null, null)).Ok);
        await trail.DropTriggersAsync();

        const string tail = "SELECT id FROM audit_records WHERE node_id = 'node-a' AND sequence >= 1000";
        await trail.ExecuteAsync($"DELETE FROM audit_record_keys WHERE record_id IN ({tail})");
        Assert.Equal(2, await trail.ExecuteAsync($"DELETE FROM audit_records WHERE id IN ({tail})"));
        var result = await trail.Store.VerifyAsync(trail.ChainKey, null, null);

        Assert.Equal(
            (false, "node-a", 1000L, "a checkpointed chain head no " + "longer matches"),
            (result.Ok, result.NodeId, result.Sequence, result.Reason)
        );
    }
}
