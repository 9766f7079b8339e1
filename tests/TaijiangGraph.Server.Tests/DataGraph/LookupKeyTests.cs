using System.Net;
using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Masking;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// docs/policy.md (Lookups and the lookup budget): eq/in on a lookup key works for a caller who reads it masked (核验) and returns the masked
/// value,
/// at most 20 lookup values per HTTP request counted across in lists, or, aliases and batched operations.
/// </summary>
public sealed class LookupKeyTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string ByFilter =
        "query($id: String) { "
        + "householdPeople(where: { "
        + "idNumber: { eq: "
        + "$id } }) { "
        + "totalCount nodes { "
        + "idNumber name street } } }";
    private const string InList = "query($ids: [String!]) { householdPeople(where: { idNumber: { in: $ids } }) { totalCount } }";

    [Fact]
    public async Task Eq_on_a_lookup_key_read_masked_returns_the_record_with_the_masked_value()
    {
        var person = (await People(1))[0];
        var id = person.GetProperty("idNumber").GetString()!;

        var literal = await server.Query(
            "TJ-MZ",
            $$"""{ householdPeople(where: { idNumber: { eq: "{{id}}" } }) { totalCount nodes { idNumber name street } } }"""
        );
        var variable = await server.Query("TJ-MZ", ByFilter, JsonSerializer.Serialize(new { id }));

        foreach (var reply in new[] { literal, variable })
        {
            Assert.Empty(reply.Errors);
            var page = reply.Data.GetProperty("householdPeople");
            Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
            var node = Assert.Single(page.GetProperty("nodes").EnumerateArray());
            Assert.Equal(Mask(id), node.GetProperty("idNumber").GetString());
            Assert.Matches("^350103\\*{8}[0-9]{3}[0-9X]$", node.GetProperty("idNumber").GetString());
            // TJ-MZ's second grant lifts the name mask
            Assert.Equal(person.GetProperty("name").GetString(), node.GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task The_by_key_field_on_a_lookup_key_read_masked_returns_the_masked_value()
    {
        var id = (await People(1))[0].GetProperty("idNumber").GetString()!;

        var literal = await server.Query("TJ-MZ", $$"""{ householdPerson(idNumber: "{{id}}") { idNumber street } }""");
        var variable = await server.Query(
            "TJ-MZ",
            "query($id: String!) { " + "householdPerson(idNumber: $id) { " + "idNumber " + "street } }",
            JsonSerializer.Serialize(new { id })
        );

        Assert.Empty(literal.Errors);
        Assert.Equal(Mask(id), literal.Data.GetProperty("householdPerson").GetProperty("idNumber").GetString());
        Assert.Equal(literal.Text, variable.Text);
    }

    [Fact]
    public async Task An_in_list_of_20_lookup_values_passes_and_one_of_21_is_rejected()
    {
        var ids = await Ids(21);

        var twenty = await server.Query(
            "TJ-MZ",
            InList,
            JsonSerializer.Serialize(new { ids = ids.Take(20) }),
            accept: GraphQLRequests.GraphQLResponse
        );
        var twentyOne = await server.Query("TJ-MZ", InList, JsonSerializer.Serialize(new { ids }), accept: GraphQLRequests.GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, twenty.Status);
        Assert.Equal(20, twenty.Data.GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
        AssertLookupLimit(twentyOne);
    }

    [Fact]
    public async Task Values_in_or_branches_count_together()
    {
        var ids = await Ids(21);
        var variables = JsonSerializer.Serialize(new { ids = ids.Take(20), id = ids[20] });

        var reply = await server.Query(
            "TJ-MZ",
            "query($ids: [String!], $id: String) { householdPeople(where: "
                + "{ or: [{ "
                + "idNumber: { in: "
                + "$ids } }, { "
                + "idNumber: { eq: "
                + "$id } }] "
                + "}) { totalCount } }",
            variables,
            accept: GraphQLRequests.GraphQLResponse
        );

        AssertLookupLimit(reply);
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public async Task Aliases_of_the_by_key_field_count_one_lookup_each(int aliases, bool passes)
    {
        var ids = await Ids(aliases);
        var query = "{ " + string.Concat(ids.Select((id, i) => $"p{i}: householdPerson(idNumber: \"{id}\") {{ idNumber }} ")) + "}";

        var reply = await server.Query("TJ-MZ", query, accept: GraphQLRequests.GraphQLResponse);

        if (passes)
        {
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            Assert.Equal(Mask(ids[^1]), reply.Data.GetProperty($"p{aliases - 1}").GetProperty("idNumber").GetString());
        }
        else
        {
            AssertLookupLimit(reply);
        }
    }

    [Theory]
    [InlineData(10, 10, true)]
    [InlineData(11, 10, false)]
    public async Task Lookup_values_count_across_the_operations_of_a_batch(int first, int second, bool secondPasses)
    {
        var ids = await Ids(first + second);
        var batch =
            "["
            + GraphQLRequests.Body(InList, JsonSerializer.Serialize(new { ids = ids.Take(first) }))
            + ","
            + GraphQLRequests.Body(InList, JsonSerializer.Serialize(new { ids = ids.Skip(first) }))
            + "]";

        var reply = await server.Send("TJ-MZ", batch, GraphQLRequests.GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var results = reply.Root.EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(first, results[0].GetProperty("data").GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
        Assert.Equal(secondPasses, results[1].TryGetProperty("data", out _));
        if (!secondPasses)
        {
            Assert.Equal(
                "LOOKUP_LIMIT_EXCEEDED",
                results[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            );
        }
    }

    [Fact]
    public async Task A_caller_reading_the_key_unmasked_is_not_limited_to_20_values()
    {
        var ids = await Ids(30);

        var reply = await server.Query("TJ-GA", InList, JsonSerializer.Serialize(new { ids }));

        Assert.Empty(reply.Errors);
        Assert.Equal(30, reply.Data.GetProperty("householdPeople").GetProperty("totalCount").GetInt32());
    }

    private static string? Mask(string id) => Masker.Apply(MaskingRule.IdNumber, id, () => default);

    private static void AssertLookupLimit(GraphQLReply reply)
    {
        Assert.True(reply.Status == HttpStatusCode.BadRequest, $"Expected 400, got {(int)reply.Status}: {reply.Text}");
        Assert.False(reply.HasData);
        Assert.Equal("LOOKUP_LIMIT_EXCEEDED", GraphQLReply.Extension(reply.Errors[0], "code"));
    }

    /// <summary>Household people as the provider (TJ-GA) reads them.</summary>
    private async Task<IReadOnlyList<JsonElement>> People(int count)
    {
        var reply = await server.Query("TJ-GA", $"{{ householdPeople(first: {count}) {{ nodes {{ idNumber name street }} }} }}");
        return reply.Data.GetProperty("householdPeople").GetProperty("nodes").EnumerateArray().ToList();
    }

    private async Task<IReadOnlyList<string>> Ids(int count)
    {
        var ids = (await People(count)).Select(p => p.GetProperty("idNumber").GetString()!).ToList();
        Assert.Equal(count, ids.Distinct().Count());
        return ids;
    }
}
