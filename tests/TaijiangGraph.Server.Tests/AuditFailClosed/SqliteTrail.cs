using Microsoft.Data.Sqlite;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>Direct access to a SQLite audit trail file (<c>audit.db</c>) from the test: reads, and a held write lock.</summary>
public static class SqliteTrail
{
    private const int SqliteBusy = 5;

    /// <summary>The number of committed audit records with <paramref name="purpose"/>, read on a separate read-only connection.</summary>
    public static async Task<long> CountAsync(string file, string purpose)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=True;Default Timeout=5");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM audit_records WHERE purpose = $purpose";
        command.Parameters.AddWithValue("$purpose", purpose);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    /// <summary>
    /// Opens its own connection and takes <c>BEGIN EXCLUSIVE</c> on the trail file (in WAL mode this keeps every
    /// other writer out; readers still pass). Dispose the connection, or run ROLLBACK, to release the lock.
    /// </summary>
    public static async Task<SqliteConnection> HoldExclusiveAsync(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False;Default Timeout=5");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "BEGIN EXCLUSIVE;");
        return connection;
    }

    /// <summary>Asserts that another connection cannot start a write transaction now (SQLITE_BUSY after a short wait).</summary>
    public static async Task AssertWritersAreBlockedAsync(string file)
    {
        await using var probe = new SqliteConnection($"Data Source={file};Pooling=False;Default Timeout=1");
        await probe.OpenAsync();
        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(probe, "BEGIN IMMEDIATE;"));
        Assert.Equal(SqliteBusy, error.SqliteErrorCode);
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
