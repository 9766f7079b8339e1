using System.Text;
using Microsoft.Data.Sqlite;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// Everything the canary must never reach besides the responses: the server's log lines, every value stored in
/// the main database outside the hand-added columns, and the audit trail.
/// </summary>
public static class CanaryWitnesses
{
    public static IEnumerable<(string Where, string Text)> LogLines(TaijiangServerFactory server) =>
        server.Logs.Lines.Select((line, i) => ($"log line {i}", line));

    /// <summary>Every value of every table of the main database, except the planted columns themselves.</summary>
    public static IEnumerable<(string Where, string Text)> MainDatabase(CanaryWorld world) =>
        StoredValues(world.MainDatabase, world.Planted);

    /// <summary>
    /// The audit trail's rows: every value of every table of the audit database (on SQLite its own file,
    /// <c>audit.db</c> in the data folder: usage records, their record-key hashes, checkpoints). This is the place to
    /// extend when the trail gains rows elsewhere (another store, an export) or typed checks of its records.
    /// </summary>
    public static IEnumerable<(string Where, string Text)> AuditTrail(CanaryWorld world) =>
        StoredValues(Path.Combine(world.Server.DataFolder, "audit.db"), []);

    private static IEnumerable<(string Where, string Text)> StoredValues(string file, IReadOnlyList<(string Table, string Column)> excluded)
    {
        if (!File.Exists(file))
        {
            yield break;
        }

        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var table in Tables(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!excluded.Contains((table, reader.GetName(i))) && !reader.IsDBNull(i))
                    {
                        var value = reader.GetValue(i);
                        yield return (
                            $"{Path.GetFileName(file)} " + $"{table}.{reader.GetName(i)}",
                            value is byte[] bytes
                                ? Encoding.UTF8.GetString(bytes)
                                : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""
                        );
                    }
                }
            }
        }
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
