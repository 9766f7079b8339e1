using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>
/// A trail of format-2 records (signatures, no application ids), migrated to the schema with <c>application_ids</c>: the old records
/// still verify and read back without application ids, the chain goes on with format-3 records that carry them, and a format-3 record
/// passed off as format 2 (its application ids dropped from what the HMAC covers) is found (docs/audit.md).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicationIdsMigrationTests(PostgresServerFixture postgres)
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Format_2_records_verify_after_the_migration_and_the_chain_continues_with_format_3_records(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres, "OperationSignatures");
        await LegacyAuditRows.AppendAsync(trail, "node-a", 2, AuditRecord.SignatureFormat);

        await trail.MigrateAsync();

        Assert.Equal(new(true, 2, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));
        await trail.WriteAsync("node-a", 2);
        Assert.Equal(new(true, 4, null, null, null, null), await trail.Store.VerifyAsync(trail.ChainKey, null, null));

        var chain = (await trail.ChainAsync("node-a")).Select(e => e.Chained).ToList();
        Assert.Equal([1L, 2, 3, 4], chain.Select(c => c.Sequence));
        Assert.Equal(chain[1].Hmac, chain[2].PreviousHmac);
        Assert.Equal(
            [AuditRecord.SignatureFormat, AuditRecord.SignatureFormat, AuditRecord.ApplicationFormat, AuditRecord.ApplicationFormat],
            chain.Select(c => c.Record.Format)
        );
        Assert.Equal(
            [
                [],
                [],
                ["SA-2026-0001", "SA-2026-0002"],
                [],
            ],
            chain.Select(c => c.Record.ApplicationIds)
        );
        Assert.Equal(LegacyAuditRows.Signed(1).OperationSignature, chain[0].Record.OperationSignature);
        Assert.Equal(
            ("", "SA-2026-0001,SA-2026-0002"),
            (
                await trail.TextAsync("SELECT application_ids FROM audit_records WHERE sequence = 1"),
                await trail.TextAsync("SELECT application_ids FROM audit_records WHERE sequence = 3")
            )
        );
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_format_3_record_passed_off_as_format_2_is_found(DatabaseProvider provider)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres, "OperationSignatures");
        await LegacyAuditRows.AppendAsync(trail, "node-a", 1, AuditRecord.SignatureFormat);
        await trail.MigrateAsync();
        await trail.WriteAsync("node-a", 3);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            trail.ExecuteAsync("UPDATE audit_records SET application_ids = '' WHERE sequence = 2")
        );
        await trail.DropTriggersAsync();
        Assert.Equal(1, await trail.ExecuteAsync("UPDATE audit_records SET format = 2, application_ids = '' WHERE sequence = 2"));

        var result = await trail.Store.VerifyAsync(trail.ChainKey, null, null);
        Assert.Equal((false, "node-a", 2L), (result.Ok, result.NodeId, result.Sequence));
    }
}
