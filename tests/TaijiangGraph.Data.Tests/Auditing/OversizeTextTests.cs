using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>
/// Text a caller controls (operation name, purpose, token claims) can exceed the trail's column sizes; the writer cuts it, so
/// that on PostgreSQL one such request cannot fail the group commit — and get a 503 — for every request batched with it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OversizeTextTests(PostgresServerFixture postgres)
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Over_long_caller_text_is_cut_to_the_column_sizes_and_commits_with_the_records_batched_alongside(
        DatabaseProvider provider
    )
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);
        var writer = trail.Writer("node-a");
        var oversize = SampleRecords.Read(1) with
        {
            OperationName = new string('o', 300),
            Purpose = string.Concat(Enumerable.Repeat("𠀀", 150)), // 300 UTF-16 units: a cut must not split a surrogate pair
            UserId = new string('u', 200),
            UserName = new string('名', 200),
            App = new string('a', 200),
        };

        await writer.WriteAsync([SampleRecords.Read(0), oversize], CancellationToken.None);

        var chain = await trail.ChainAsync("node-a");
        Assert.Equal(2, chain.Count);
        var stored = chain[1].Chained.Record;
        Assert.Equal(new string('o', 256), stored.OperationName);
        Assert.Equal(string.Concat(Enumerable.Repeat("𠀀", 100)), stored.Purpose);
        Assert.Equal((128, 128, 128), (stored.UserId.Length, stored.UserName.Length, stored.App!.Length));
        Assert.Equal(("trace-0000", "困难群众走访联系"), (chain[0].Chained.Record.RequestId, chain[0].Chained.Record.Purpose));
        Assert.Equal(new(true, 2, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));
    }
}
