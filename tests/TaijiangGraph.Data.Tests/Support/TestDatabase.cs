using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;

namespace TaijiangGraph.Data.Tests.Support;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temp folder, or a new database on the test
/// PostgreSQL server. Raw SQL helpers read the database's own catalog, never the EF model.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A temp folder of this test, deleted on dispose; on SQLite the data folder holding <c>taijiang.db</c>.</summary>
    public string Folder { get; }

    /// <summary>Options of this database; on SQLite the default file of the data folder (no connection string).</summary>
    public DatabaseOptions Options =>
        new()
        {
            Provider = Provider,
            DataFolder = Folder,
            ConnectionString = Provider == DatabaseProvider.Sqlite ? null : ConnectionString,
        };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, PostgresServerFixture postgres)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tg-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => new DatabaseOptions { DataFolder = folder }.MainConnectionString,
            DatabaseProvider.PostgreSql => postgres.ConnectionString(await postgres.CreateDatabaseAsync("data_tests")),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Only SQLite and PostgreSQL run in tests."),
        };
        return new TestDatabase(provider, connectionString, folder);
    }

    /// <summary>The tables whose names start with <paramref name="prefix"/>, sorted.</summary>
    public Task<IReadOnlyList<string>> TablesAsync(string prefix) =>
        Provider == DatabaseProvider.Sqlite
            ? StringsAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, length(@p)) = @p ORDER BY name", prefix)
            : StringsAsync(
                "SELECT table_name FROM "
                    + "information_schema.tables WHERE "
                    + "table_schema = "
                    + "'public' AND "
                    + "left(table_name, "
                    + "length(@p)) "
                    + "= @p ORDER BY table_name",
                prefix
            );

    /// <summary>The columns of <paramref name="table"/> in table order.</summary>
    public Task<IReadOnlyList<string>> ColumnsAsync(string table) =>
        Provider == DatabaseProvider.Sqlite
            ? StringsAsync("SELECT name FROM pragma_table_info(@p) ORDER BY cid", table)
            : StringsAsync(
                "SELECT column_name FROM "
                    + "information_schema.columns WHERE "
                    + "table_schema = "
                    + "'public' AND "
                    + "table_name = @p "
                    + "ORDER BY "
                    + "ordinal_position",
                table
            );

    /// <summary>Runs a query and returns every row's values (DBNull as null).</summary>
    public async Task<IReadOnlyList<object?[]>> QueryAsync(string sql, string? parameter = null)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            var p = command.CreateParameter();
            p.ParameterName = "p";
            p.Value = parameter;
            command.Parameters.Add(p);
        }

        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The indexes of a table by name (primary key aside), each with its columns in order, read from the database's own
    /// catalog.</summary>
    public async Task<Dictionary<string, IReadOnlyList<string>>> IndexesAsync(string table)
    {
        var rows =
            Provider == DatabaseProvider.Sqlite
                ? await QueryAsync(
                    "SELECT il.name, ii.name FROM pragma_index_list(@p) AS il "
                        + "JOIN pragma_index_info(il.name) AS ii ORDER BY il.name, ii.seqno",
                    table
                )
                : await QueryAsync(
                    "SELECT i.relname, a.attname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                        + "JOIN pg_class t ON t.oid = x.indrelid "
                        + "JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) ON true "
                        + "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                        + "WHERE t.relname = @p AND NOT x.indisprimary ORDER BY i.relname, k.n",
                    table
                );
        return rows.GroupBy(r => (string)r[0]!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => (string)r[1]!)], StringComparer.Ordinal);
    }

    public async Task<long> CountAsync(string table) =>
        Convert.ToInt64(
            Assert.Single(await QueryAsync($"SELECT count(*) FROM {table}"))[0],
            System.Globalization.CultureInfo.InvariantCulture
        );

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is not part of what a test checks.
        }

        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyList<string>> StringsAsync(string sql, string parameter) =>
        (await QueryAsync(sql, parameter)).Select(r => (string)r[0]!).ToList();

    private DbConnection Open() =>
        Provider == DatabaseProvider.Sqlite ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
}
