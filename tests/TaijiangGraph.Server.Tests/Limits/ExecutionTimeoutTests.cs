using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Limits;

/// <summary>An operation that outlives <c>Limits:ExecutionTimeout</c> ends with <c>EXECUTION_TIMEOUT</c>, never a 500.</summary>
public sealed class ExecutionTimeoutTests(ExecutionTimeoutTests.SlowServer server) : IClassFixture<ExecutionTimeoutTests.SlowServer>
{
    [Theory]
    [InlineData(GraphQLRequests.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_operation_over_the_timeout_gets_EXECUTION_TIMEOUT(string accept, HttpStatusCode status)
    {
        var reply = await server.Query(LimitQueries.Nested(first: 5, fields: 2), accept);

        Assert.True(
            reply.Status == status,
            $"{(int)reply.Status} {reply.Text}\n{string.Join('\n', server.LogLines.Where(l => l.Contains("xception")).Take(3))}"
        );
        Assert.False(reply.HasData && reply.Root.GetProperty("data").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal("EXECUTION_TIMEOUT", GraphQLReply.Extension(Assert.Single(reply.Errors), "code"));
    }

    /// <summary>A server whose operations time out after 200 ms, on a database that takes 5 s per read.</summary>
    public sealed class SlowServer()
        : LimitsServer(
            new Dictionary<string, string> { ["Limits:ExecutionTimeout"] = "00:00:00.200" },
            new SlowDatasetReads(TimeSpan.FromSeconds(5))
        );
}
