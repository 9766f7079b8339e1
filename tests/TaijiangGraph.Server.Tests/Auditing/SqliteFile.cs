using System.Text;
using Microsoft.Data.Sqlite;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>Raw access to one SQLite file of the data folder, around the service: plant values, and dump every row of every table as
/// text.</summary>
public sealed class SqliteFile(string path)
{
    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<string> TextAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    /// <summary>Every table (incl. the migrations history), every row, every column rendered as text; blobs both as UTF-8 and as
    /// hex.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DumpAsync()
    {
        await using var connection = await OpenAsync();
        var tables = new List<string>();
        await using (var list = Command(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = new List<string>();
            await using var select = Command(connection, $"SELECT * FROM \"{table}\"");
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Render(reader.GetValue(i)))));
            }

            dump[table] = rows;
        }

        return dump;
    }

    private static string Render(object value) =>
        value switch
        {
            DBNull => "NULL",
            byte[] blob => Encoding.UTF8.GetString(blob) + " 0x" + Convert.ToHexString(blob),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=10");
        await connection.OpenAsync();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
