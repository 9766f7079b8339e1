using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Infrastructure.Sql;

/// <summary>Data requests whose dataset SQL the test reads back from the server's <see cref="DatasetSqlGuard"/>.</summary>
public static class TaggedQueries
{
    /// <summary>Sends <paramref name="query"/> (with a purpose) as a user of <paramref name="department"/>; returns the reply and the
    /// dataset reads it made.</summary>
    public static async Task<(GraphQLReply Reply, IReadOnlyList<DatasetCommand> Reads)> QueryWithSql(
        this TaijiangServerFactory server,
        string department,
        string query
    )
    {
        var tag = Guid.NewGuid().ToString("N");
        var reply = await server.Send(
            department,
            GraphQLRequests.Body(query),
            headers: new Dictionary<string, string> { [CurrentRequest.TagHeader] = tag }
        );
        return (reply, server.Sql.ReadsOf(tag));
    }
}
