using Microsoft.Data.Sqlite;

namespace TaijiangGraph.Baseline.Raw;

/// <summary>
/// Reads the first rows of <c>ds_market_entity</c> in <c>row_id</c> order (the server's default page order) from the
/// server's <c>taijiang.db</c>, opened read-only with a pooled connection per call.
/// </summary>
public sealed class MarketEntityReader
{
    private const string Sql = "SELECT credit_code, name, street FROM ds_market_entity ORDER BY row_id LIMIT $first";

    private readonly string _connectionString;

    /// <param name="dataFolder">The server's data folder (<c>Database:DataFolder</c>), which holds <c>taijiang.db</c>.</param>
    public MarketEntityReader(string dataFolder)
    {
        var file = Path.Combine(dataFolder, "taijiang.db");
        if (!File.Exists(file))
        {
            throw new ArgumentException($"{file} does not exist; start the server on that folder first.");
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The first <paramref name="first"/> rows.</summary>
    public async Task<IReadOnlyList<MarketEntityRow>> ReadAsync(int first, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$first", first);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MarketEntityRow>(first);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(
                new MarketEntityRow(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2)
                )
            );
        }

        return rows;
    }
}
