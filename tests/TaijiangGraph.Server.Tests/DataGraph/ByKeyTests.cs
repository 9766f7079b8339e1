using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>By-key fields: a key that matches no record gives null, alone or beside keys that do.</summary>
public sealed class ByKeyTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task A_key_that_matches_no_record_returns_null()
    {
        var reply = await server.Query("TJ-SCJG", """{ marketEntity(creditCode: "91350103000000000X") { name } }""");

        Assert.Empty(reply.Errors);
        Assert.Equal(JsonValueKind.Null, reply.Data.GetProperty("marketEntity").ValueKind);
    }

    [Fact]
    public async Task A_missing_and_an_existing_key_in_one_request_return_null_and_the_record()
    {
        var person = (await server.Query("TJ-GA", "{ householdPeople(first: 1) { nodes { idNumber householdNo } } }"))
            .Data.GetProperty("householdPeople")
            .GetProperty("nodes")[0];
        var id = person.GetProperty("idNumber").GetString();

        var reply = await server.Query(
            "TJ-MZ",
            $$"""{ found: householdPerson(idNumber: "{{id}}") { householdNo } missing: """
                + $$"""householdPerson(idNumber: "350103190001010000") { householdNo } }"""
        );

        Assert.Empty(reply.Errors);
        Assert.Equal(person.GetProperty("householdNo").GetString(), reply.Data.GetProperty("found").GetProperty("householdNo").GetString());
        Assert.Equal(JsonValueKind.Null, reply.Data.GetProperty("missing").ValueKind);
    }
}
