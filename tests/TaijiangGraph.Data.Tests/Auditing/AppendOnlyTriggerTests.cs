using System.Data.Common;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>docs/audit.md (The chain and its verification): the database itself refuses UPDATE and DELETE on every audit table, on SQLite
/// and PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AppendOnlyTriggerTests(PostgresServerFixture postgres)
{
    private const string Refusal = "the audit trail is append-only";

    public static TheoryData<DatabaseProvider, string> ProvidersAndTables()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            foreach (var table in AuditTrailUnderTest.Tables)
            {
                data.Add(provider, table);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ProvidersAndTables))]
    public async Task Update_and_delete_are_refused_by_the_database(DatabaseProvider provider, string table)
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(provider, postgres);
        await trail.WriteAsync("node-a", 1000, perRequest: 500); // sequence 1000 is checkpointed
        var column =
            table == "audit_checkpoints" ? "hmac"
            : table == "audit_records" ? "purpose"
            : "key_hash";
        var rows = await trail.CountAsync(table);
        Assert.True(rows > 0, $"{table} has rows to update and delete");

        var update = await Assert.ThrowsAnyAsync<DbException>(() => trail.ExecuteAsync($"UPDATE {table} SET {column} = 'changed'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => trail.ExecuteAsync($"DELETE FROM {table}"));

        Assert.Contains(Refusal, update.Message, StringComparison.Ordinal);
        Assert.Contains(Refusal, delete.Message, StringComparison.Ordinal);
        Assert.Equal(rows, await trail.CountAsync(table));
        Assert.True((await trail.Store.VerifyAsync(trail.ChainKey, null, null)).Ok);
    }

    [SkippableFact]
    public async Task Truncate_is_refused_on_postgresql()
    {
        await using var trail = await AuditTrailUnderTest.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        await trail.WriteAsync("node-a", 3);

        foreach (var table in AuditTrailUnderTest.Tables)
        {
            var error = await Assert.ThrowsAnyAsync<DbException>(() => trail.ExecuteAsync($"TRUNCATE {table} CASCADE"));
            Assert.Contains(Refusal, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(3, (await trail.ChainAsync("node-a")).Count);
    }
}
