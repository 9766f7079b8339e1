using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// docs/architecture.md (request path): GraphQL.NET merges fields of the same response key into one node at execution;
/// that node executes the plans of the fields it merges and reads the union of their columns.
/// </summary>
public sealed class MergedFieldTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task A_connection_selected_twice_reads_the_columns_of_both_selections()
    {
        var reply = await server.Query(
            "TJ-SCJG",
            """
            { marketEntities(first: 3) { nodes { creditCode name } } marketEntities(first: 3) { nodes { street } } }
            """
        );

        Assert.Empty(reply.Errors);
        var nodes = reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.String, n.GetProperty("name").ValueKind));
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.String, n.GetProperty("street").ValueKind));
    }

    [Fact]
    public async Task A_link_selected_twice_through_fragments_reads_the_columns_of_both()
    {
        var reply = await server.Query(
            "TJ-SCJG",
            """
            { marketEntities(first: 3) { nodes { ...A ...B } } }
            fragment A on MarketEntity { legalRepPerson { gender } }
            fragment B on MarketEntity { legalRepPerson { street } }
            """
        );

        Assert.Empty(reply.Errors);
        var people = reply
            .Data.GetProperty("marketEntities")
            .GetProperty("nodes")
            .EnumerateArray()
            .Select(n => n.GetProperty("legalRepPerson"))
            .ToList();
        Assert.Contains(people, p => p.ValueKind == JsonValueKind.Object);
        Assert.All(people.Where(p => p.ValueKind == JsonValueKind.Object), p =>
        {
            Assert.Equal(JsonValueKind.String, p.GetProperty("gender").ValueKind);
            Assert.Equal(JsonValueKind.String, p.GetProperty("street").ValueKind);
        });
    }
}
