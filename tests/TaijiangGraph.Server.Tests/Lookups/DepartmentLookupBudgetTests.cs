using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Lookups;

/// <summary>The department's lookup budget caps its people together (here configured to 40 misses a day).</summary>
public sealed class DepartmentLookupBudgetTests : IClassFixture<DepartmentLookupBudgetTests.Server>
{
    private readonly Server _server;

    public DepartmentLookupBudgetTests(Server server) => _server = server;

    [Fact]
    public async Task Misses_of_several_users_add_up_to_the_department_budget()
    {
        Assert.Equal(HttpStatusCode.OK, (await Ask("u-dept-1", LookupCandidates.Unknown(20))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Ask("u-dept-2", LookupCandidates.Unknown(20, offset: 20))).Status);

        LookupBudgetTests.AssertExhausted(await Ask("u-dept-3", LookupCandidates.Unknown(1, offset: 40)));
    }

    private Task<GraphQLReply> Ask(string user, IEnumerable<string> ids) =>
        _server.Factory.SendWithToken(
            _server.Factory.Token(user, "TJ-MZ", "department"),
            GraphQLRequests.Body(LookupCandidates.ByKeyAliases(ids)),
            GraphQLRequests.GraphQLResponse
        );

    /// <summary>A server whose department budget is 40 misses a day.</summary>
    public sealed class Server : IDisposable
    {
        public TaijiangServerFactory Factory { get; } = TaijiangServerFactory.With(("Limits:LookupMissesPerDepartmentPerDay", "40"));

        public void Dispose() => Factory.Dispose();
    }
}
