using System.Net;
using TaijiangGraph.Server.Tests.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Errors;

/// <summary>
/// Real SQLite failures under a running server (a table renamed in its database file): inside a data read the
/// caller gets INTERNAL_ERROR with a correlation id and nothing else; outside execution (the caller's grants, read
/// on its department's first request) a 500 with the same shape. The log has the full exception under that id.
/// </summary>
public sealed class SqliteInternalErrorTests
{
    private const string Read = "{ marketEntities(first: 5) { nodes { name } } }";

    [Fact]
    public async Task A_database_failure_inside_a_data_read_reaches_the_caller_as_internal_error_with_a_correlation_id_only()
    {
        await using var server = new TaijiangServerFactory();
        var before = await server.Query("TJ-SCJG", Read);
        Assert.Equal(5, before.Data.GetProperty("marketEntities").GetProperty("nodes").GetArrayLength());

        await Database(server).ExecuteAsync("ALTER TABLE ds_market_entity RENAME TO ds_market_entity_moved");
        var reply = await server.Query("TJ-SCJG", Read);

        Assert.Equal(HttpStatusCode.OK, reply.Status); // the operation ran; its field failed
        var correlationId = InternalErrorAssert.Answered(reply.Text, "ds_market_entity");
        InternalErrorAssert.Logged(server.Logs, correlationId, "SqliteException", "ds_market_entity");
    }

    [Fact]
    public async Task A_database_failure_outside_execution_is_a_500_internal_error_with_a_correlation_id_only()
    {
        await using var server = new TaijiangServerFactory();
        var token = server.TokenOf("TJ-MZ");
        _ = await server.Query("TJ-SCJG", "{ me { user } }"); // the server runs; TJ-MZ's grants are not cached yet

        await Database(server).ExecuteAsync("ALTER TABLE grants RENAME TO grants_moved");
        var response = await server.QueryWithToken(token, "{ me { user } }", accept: GraphQLRequests.GraphQLResponse);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(GraphQLRequests.GraphQLResponse, response.MediaType);
        var correlationId = InternalErrorAssert.Answered(response.Text, "grants");
        InternalErrorAssert.Logged(server.Logs, correlationId, "SqliteException", "grants");
    }

    private static SqliteFile Database(TaijiangServerFactory server) => new(Path.Combine(server.DataFolder, "taijiang.db"));
}
