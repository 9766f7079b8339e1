using Microsoft.Data.Sqlite;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// A seeded test server whose dataset tables an operator has wrongly given a column for every classified item
/// (added by hand, with raw SQL on the SQLite file), every row holding a unique canary value. The sweep of every
/// sample caller's requests runs once per world, on first use.
/// </summary>
public sealed class CanaryWorld : IAsyncLifetime
{
    private readonly Lazy<Task<CanarySweep>> _sweep;

    public CanaryWorld() => _sweep = new(() => CanarySweep.RunAsync(Server));

    public TaijiangServerFactory Server { get; } = new();

    /// <summary>The prefix of every canary value (<c>CANARY-{run}-{table}-{row id}</c>); unique per world.</summary>
    public string Canary { get; } = "CANARY-" + Guid.NewGuid().ToString("N");

    /// <summary>The hand-added columns: one per classified item of the sample catalog.</summary>
    public IReadOnlyList<(string Table, string Column)> Planted { get; } =
        SampleGraph.ClassifiedItems(SampleSeed.Load().Catalog).Select(c => (DatasetNames.Table(c.Resource), c.Item.ApiName)).ToList();

    /// <summary>Rows given a canary and rows in all, per table.</summary>
    public IDictionary<string, (long Planted, long Rows)> PlantedRows { get; } =
        new Dictionary<string, (long, long)>(StringComparer.Ordinal);

    public string MainDatabase => Path.Combine(Server.DataFolder, "taijiang.db");

    public Task<CanarySweep> Sweep => _sweep.Value;

    /// <summary>Strings that betray the canary: the run's unique part, and the word itself (a masked value keeps a prefix).</summary>
    public IEnumerable<string> Needles => [Canary["CANARY-".Length..], "CANARY"];

    public async Task InitializeAsync()
    {
        _ = Server.Services; // starts the server: migrate and seed
        await using var connection = new SqliteConnection($"Data Source={MainDatabase};Pooling=False");
        await connection.OpenAsync();
        foreach (var (table, column) in Planted)
        {
            await using var alter = connection.CreateCommand();
            alter.CommandText = $"ALTER TABLE \"{table}\" ADD COLUMN \"{column}\" TEXT";
            await alter.ExecuteNonQueryAsync();
            await using var fill = connection.CreateCommand();
            fill.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = $canary || '-{table}-' || row_id";
            fill.Parameters.AddWithValue("$canary", Canary);
            var planted = await fill.ExecuteNonQueryAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            PlantedRows[table] = (planted, (long)(await count.ExecuteScalarAsync())!);
        }
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
