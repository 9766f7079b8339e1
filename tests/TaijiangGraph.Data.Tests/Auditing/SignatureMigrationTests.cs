using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>
/// A trail written before operation signatures, migrated: its format-1 records keep their document hash and still verify,
/// the chain goes on with signed records (format 3 now: signature, no document hash), and the append-only triggers survive (docs/audit.md).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SignatureMigrationTests(PostgresServerFixture postgres)
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Old_records_verify_after_the_migration_and_the_chain_continues_with_signed_records(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres, "InitialAudit");
        await LegacyAuditRows.AppendAsync(trail, "node-a", 2);

        await trail.MigrateAsync();

        Assert.Equal(new(true, 2, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));
        await trail.WriteAsync("node-a", 2);
        Assert.Equal(new(true, 4, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));

        var chain = (await trail.ChainAsync("node-a")).Select(e => e.Chained).ToList();
        Assert.Equal([1L, 2, 3, 4], chain.Select(c => c.Sequence));
        Assert.Equal(chain[1].Hmac, chain[2].PreviousHmac);
        Assert.All(chain.Take(2), c =>
            Assert.Equal(
                (AuditRecord.LegacyFormat, LegacyAuditRows.DocumentHash, (string?)null),
                (c.Record.Format, c.Record.DocumentHash, c.Record.SignatureHash)
            )
        );
        Assert.All(chain.Skip(2), c =>
            Assert.Equal((AuditRecord.ApplicationFormat, (string?)null), (c.Record.Format, c.Record.DocumentHash))
        );
        Assert.All(chain.Skip(2), c => Assert.StartsWith("query Visits", c.Record.OperationSignature, StringComparison.Ordinal));
        Assert.Equal(LegacyAuditRows.Record(1).RecordKeyHashes, chain[0].Record.RecordKeyHashes);
        Assert.Equal("1", await trail.TextAsync("SELECT format FROM audit_records WHERE sequence = 1"));
        Assert.Equal(
            ("3", ""),
            (
                await trail.TextAsync("SELECT format FROM audit_records WHERE sequence = 3"),
                await trail.TextAsync("SELECT document_hash FROM audit_records WHERE sequence = 3")
            )
        );
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task After_the_migration_the_trail_is_still_append_only_and_a_changed_format_is_found(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres, "InitialAudit");
        await LegacyAuditRows.AppendAsync(trail, "node-a", 3);
        await trail.MigrateAsync();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            trail.ExecuteAsync("UPDATE audit_records " + "SET format " + "= 2 WHERE " + "sequence = 2")
        );

        await trail.DropTriggersAsync();
        Assert.Equal(1, await trail.ExecuteAsync("UPDATE audit_records SET format = 2 WHERE sequence = 2"));
        var result = await trail.Store.VerifyAsync(trail.ChainKey, null, null);
        Assert.Equal((false, "node-a", 2L), (result.Ok, result.NodeId, result.Sequence));
    }
}
