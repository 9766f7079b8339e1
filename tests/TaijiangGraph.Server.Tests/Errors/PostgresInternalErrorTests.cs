using System.Net;
using Npgsql;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Errors;

/// <summary>
/// A real PostgreSQL failure inside a data read (the dataset table renamed under the running server): the caller
/// gets INTERNAL_ERROR with a correlation id and none of the PostgresException's message, detail, table or SQL;
/// the log has the full exception under that id.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresInternalErrorTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const string Read = "{ marketEntities(first: 5) { nodes { name } } }";

    private string _connectionString = "";
    private TaijiangServerFactory? _server;

    private TaijiangServerFactory Server => _server ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        _connectionString = postgres.ConnectionString(await postgres.CreateDatabaseAsync("server_errors"));
        _server = TaijiangServerFactory.OnPostgreSql(_connectionString);
        _ = _server.Services;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_database_failure_inside_a_data_read_reaches_the_caller_as_internal_error_with_a_correlation_id_only()
    {
        var before = await Server.Query("TJ-SCJG", Read);
        Assert.Equal(5, before.Data.GetProperty("marketEntities").GetProperty("nodes").GetArrayLength());

        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var rename = new NpgsqlCommand("ALTER TABLE ds_market_entity RENAME TO ds_market_entity_moved", connection);
            await rename.ExecuteNonQueryAsync();
        }

        var reply = await Server.Query("TJ-SCJG", Read);

        Assert.Equal(HttpStatusCode.OK, reply.Status); // the operation ran; its field failed
        var correlationId = InternalErrorAssert.Answered(reply.Text, "ds_market_entity");
        InternalErrorAssert.Logged(Server.Logs, correlationId, "PostgresException", "ds_market_entity");
    }
}
