using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>docs/audit.md (What is recorded): an authenticated request refused at the HTTP layer leaves one REJECTED record with its code;
/// a 401 leaves none.</summary>
public sealed class HttpRefusalRecordTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task A_malformed_body_gives_a_rejected_record_with_its_code()
    {
        var user = Trail.NewUser("mz");

        var response = await server.SendWithToken(Token(user), """{"query": "{ householdPerson(idNumber: \"350103", """);

        ResponseAssert.JsonError(response, HttpStatusCode.BadRequest, "MALFORMED_JSON");
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal((AuditOutcome.Rejected, "POST", "application/json"), (record.Outcome, record.HttpMethod, record.MediumType));
        // no document was read
        Assert.Equal(((string?)null, (string?)null, (string?)null), (record.OperationSignature, record.SignatureHash, record.DocumentHash));
        Assert.Equal(["MALFORMED_JSON"], record.Codes);
        Assert.Null(record.Resource);
        Assert.Null(record.Purpose);
    }

    [Fact]
    public async Task An_unacceptable_media_type_gives_a_rejected_record_with_its_code()
    {
        var user = Trail.NewUser("mz");

        var response = await server.GetWithToken(
            Token(user),
            GraphQLRequests.QueryString("{ me { user } }", purpose: null),
            accept: "text/html"
        );

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal((AuditOutcome.Rejected, "GET"), (record.Outcome, record.HttpMethod));
        Assert.Equal(["NOT_ACCEPTABLE"], record.Codes);
    }

    [Fact]
    public async Task A_mutation_sent_with_get_gives_a_rejected_record_with_its_code()
    {
        var user = Trail.NewUser("mz");

        var response = await server.GetWithToken(Token(user), GraphQLRequests.QueryString("mutation { x }", purpose: null));

        ResponseAssert.JsonError(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal((AuditOutcome.Rejected, "GET"), (record.Outcome, record.HttpMethod));
        Assert.Equal(["METHOD_NOT_ALLOWED"], record.Codes);
    }

    [Fact]
    public async Task An_unauthenticated_request_leaves_no_record()
    {
        var store = server.Services.GetRequiredService<AuditStore>();
        var before = await store.CountAsync();

        var response = await server.QueryWithToken(null, "{ subsistenceAllowances(first: 1) { nodes { caseNo } } }", purpose: null);
        var forged = await server.QueryWithToken("not.a.token", "{ me { user } }", purpose: null);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (response.Status, forged.Status));
        Assert.Equal(before, await store.CountAsync());
    }

    private string Token(string user) => AuditHttp.Token(server, user, "TJ-MZ");
}
