using Npgsql;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>Direct access to the PostgreSQL audit tables from the test: reads, and a held table lock.</summary>
public static class PostgresTrail
{
    /// <summary>The number of committed audit records with <paramref name="purpose"/>.</summary>
    public static async Task<long> CountAsync(string connectionString, string purpose)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_records WHERE purpose = @purpose", connection);
        command.Parameters.AddWithValue("purpose", purpose);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    /// <summary>Opens a session that holds <c>LOCK TABLE audit_records IN ACCESS EXCLUSIVE MODE</c> in an open transaction.</summary>
    public static async Task<NpgsqlConnection> HoldAccessExclusiveAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "BEGIN; LOCK TABLE audit_records IN ACCESS EXCLUSIVE MODE;");
        return connection;
    }

    /// <summary>Locks on <c>audit_records</c> in <paramref name="mode"/>: granted or waiting.</summary>
    public static async Task<long> LocksAsync(string connectionString, string mode, bool granted)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string sql =
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            + "WHERE c.relname = 'audit_records' AND l.mode = @mode AND l.granted = @granted";
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("mode", mode);
        command.Parameters.AddWithValue("granted", granted);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
