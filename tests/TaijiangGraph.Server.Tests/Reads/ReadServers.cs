using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Reads;

/// <summary>
/// Servers for the read tests of docs/data-in.md ("Incremental reads"): on a fresh SQLite folder or a fresh database of
/// the suite's PostgreSQL, with the catalog refreshed on every request (the tests move the pinned clock), and the versioned writes a
/// provider's push would make, done straight through the server's own <see cref="IDatasetRecordWriter"/>.
/// </summary>
internal static class ReadServers
{
    /// <summary>The actor the tests' writes are recorded with.</summary>
    public const string Actor = "u-test-writer";

    /// <summary>A started server on <paramref name="provider"/>, seeded with the sample records at
    /// <see cref="TaijiangServerFactory.Now"/>.</summary>
    public static async Task<TaijiangServerFactory> StartAsync(DatabaseProvider provider, PostgresServerFixture postgres)
    {
        List<(string, string)> settings = [("Catalog:RefreshSeconds", "0")];
        if (provider == DatabaseProvider.PostgreSql)
        {
            var database = await postgres.CreateDatabaseAsync("server_reads");
            settings.Add(("Database:Provider", "PostgreSql"));
            settings.Add(("Database:ConnectionString", postgres.ConnectionString(database)));
        }

        var server = TaijiangServerFactory.With([.. settings]);
        _ = server.Services;
        return server;
    }

    /// <summary>Hides a record as an approved deletion does.</summary>
    public static Task MarkDeletedAsync(this TaijiangServerFactory server, string resource, string key)
    {
        var catalog = server.Services.GetRequiredService<ICatalogState>().Current;
        return server
            .Services.GetRequiredService<IDatasetRecordWriter>()
            .MarkDeletedAsync(catalog, catalog.FindResource(resource)!, key, Actor);
    }

    /// <summary>Updates (or inserts) one record with the given items, at the clock's now; returns the version written.</summary>
    public static async Task<int> UpsertAsync(
        this TaijiangServerFactory server,
        string resource,
        string key,
        params (string Item, object? Value)[] items
    )
    {
        var catalog = server.Services.GetRequiredService<ICatalogState>().Current;
        var results = await server
            .Services.GetRequiredService<IDatasetRecordWriter>()
            .UpsertAsync(
                catalog,
                catalog.FindResource(resource)!,
                [new RecordPatch(key, items.ToDictionary(i => i.Item, i => i.Value))],
                Actor
            );
        return Assert.Single(results).Version;
    }

    /// <summary>A query that must answer without errors; its data.</summary>
    public static async Task<JsonElement> DataOf(
        this TaijiangServerFactory server,
        string department,
        string query,
        object? variables = null
    )
    {
        var reply = await server.Query(department, query, variables);
        Assert.True(reply.Errors.Count == 0, reply.Text);
        return reply.Data;
    }

    /// <summary>The string values of <paramref name="field"/> in the nodes of a connection.</summary>
    public static List<string> Keys(JsonElement connection, string field) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(field).GetString()!).ToList();
}
