using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// A selected field the caller may not read is null with an error: one per item per list (response path of the
/// first occurrence, count of occurrences), FORBIDDEN_CONDITIONAL with how to apply, FORBIDDEN_NOT_SHARED without;
/// fields the caller may read give no error. Such field errors do not fail the request (200 for either media type).
/// </summary>
public sealed class DeniedFieldTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task Aliases_of_one_item_in_one_list_give_one_error_at_the_first_alias()
    {
        var reply = await server.Query("TJ-JY", "{ marketEntities(first: 5) { nodes { creditCode a: legalRep b: legalRep } } }");

        var error = Assert.Single(reply.Errors);
        Assert.Equal("FORBIDDEN_CONDITIONAL", GraphQLReply.Extension(error, "code"));
        Assert.Equal(["marketEntities", "nodes", "0", "a"], GraphQLReply.PathOf(error));
        Assert.Equal(10, Count(error)); // every occurrence: 5 rows × 2 aliases
        Assert.All(Nodes(reply.Data.GetProperty("marketEntities")), n =>
        {
            Assert.Equal(JsonValueKind.Null, n.GetProperty("a").ValueKind);
            Assert.Equal(JsonValueKind.Null, n.GetProperty("b").ValueKind);
        });
    }

    [Fact]
    public async Task A_fragment_and_a_field_selecting_one_item_in_one_list_give_one_error()
    {
        var reply = await server.Query(
            "TJ-JY",
            "query { marketEntities(first: 4) { nodes "
                + "{ ...Rep "
                + "inspectionNotes } } } "
                + "fragment Rep on "
                + "MarketEntity { "
                + "inspectionNotes "
                + "legalRep }"
        );

        Assert.Equal(2, reply.Errors.Count);
        var notes = Assert.Single(reply.ErrorsFor("market_entity", "inspection_notes"));
        Assert.Equal(4, Count(notes)); // one response field per row: GraphQL merges the two selections
        Assert.Equal(["marketEntities", "nodes", "0", "inspectionNotes"], GraphQLReply.PathOf(notes));
        Assert.Equal(4, Count(Assert.Single(reply.ErrorsFor("market_entity", "legal_rep"))));
    }

    [Fact]
    public async Task Two_aliased_lists_give_one_error_each_with_paths_in_the_response()
    {
        var reply = await server.Query(
            "TJ-JY",
            "{ x: marketEntities(first: 2) " + "{ nodes { " + "legalRep } } y: " + "marketEntities(first: 3) { " + "nodes { legalRep } } }"
        );

        var errors = reply.ErrorsFor("market_entity", "legal_rep").OrderBy(e => GraphQLReply.PathOf(e)[0], StringComparer.Ordinal).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(["x", "nodes", "0", "legalRep"], GraphQLReply.PathOf(errors[0]));
        Assert.Equal(2, Count(errors[0]));
        Assert.Equal(["y", "nodes", "0", "legalRep"], GraphQLReply.PathOf(errors[1]));
        Assert.Equal(3, Count(errors[1]));
    }

    [Fact]
    public async Task A_nested_list_gives_one_error_per_item_over_all_its_parents()
    {
        var reply = await server.Query(
            "TJ-JY",
            "{ marketEntities(first: 30) "
                + "{ nodes { "
                + "creditCode "
                + "taxPayments(first: 5) "
                + "{ nodes { "
                + "taxType amount paidOn } } } } }"
        );

        var parents = Nodes(reply.Data.GetProperty("marketEntities"));
        var inner = parents.Select(p => Nodes(p.GetProperty("taxPayments"))).ToList();
        var first = inner.FindIndex(rows => rows.Count > 0);
        Assert.True(first >= 0, "Some of the first 30 market entities paid taxes.");
        Assert.Equal(2, reply.Errors.Count);
        foreach (var (item, field) in new[] { ("amount", "amount"), ("paid_on", "paidOn") })
        {
            var error = Assert.Single(reply.ErrorsFor("tax_payment", item));
            Assert.Equal(inner.Sum(rows => rows.Count), Count(error));
            Assert.Equal(
                [
                    "marketEntities",
                    "nodes",
                    first.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "taxPayments",
                    "nodes",
                    "0",
                    field,
                ],
                GraphQLReply.PathOf(error)
            );
            Assert.All(inner.SelectMany(rows => rows), r => Assert.Equal(JsonValueKind.Null, r.GetProperty(field).ValueKind));
        }

        Assert.All(inner.SelectMany(rows => rows), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("taxType").GetString())));
    }

    [Fact]
    public async Task A_conditional_item_says_how_to_apply_and_a_not_shared_item_does_not()
    {
        var reply = await server.Query(
            "TJ-JY",
            "{ marketEntities(first: 2) " + "{ nodes { " + "contactPhone " + "inspectionNotes } } }",
            accept: GraphQLRequests.GraphQLResponse
        );

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var conditional = Assert.Single(reply.ErrorsFor("market_entity", "contact_phone"));
        Assert.Equal("FORBIDDEN_CONDITIONAL", GraphQLReply.Extension(conditional, "code"));
        Assert.Contains("350103-SCJG-0001", GraphQLReply.Extension(conditional, "howToApply"), StringComparison.Ordinal);
        Assert.Contains("TJ-SCJG", GraphQLReply.Extension(conditional, "howToApply"), StringComparison.Ordinal);
        var notShared = Assert.Single(reply.ErrorsFor("market_entity", "inspection_notes"));
        Assert.Equal("FORBIDDEN_NOT_SHARED", GraphQLReply.Extension(notShared, "code"));
        Assert.Null(GraphQLReply.Extension(notShared, "howToApply"));
    }

    [Fact]
    public async Task A_denied_item_on_a_single_record_gives_one_error_at_its_path()
    {
        var code = (await server.Query("TJ-JY", "{ marketEntities(first: 1) { nodes { creditCode } } }"))
            .Data.GetProperty("marketEntities")
            .GetProperty("nodes")[0]
            .GetProperty("creditCode")
            .GetString();

        var reply = await server.Query("TJ-JY", $$"""{ marketEntity(creditCode: "{{code}}") { creditCode legalRep } }""");

        var error = Assert.Single(reply.Errors);
        Assert.Equal(["marketEntity", "legalRep"], GraphQLReply.PathOf(error));
        Assert.Equal(1, Count(error));
        Assert.Equal(code, reply.Data.GetProperty("marketEntity").GetProperty("creditCode").GetString());
    }

    [Fact]
    public async Task Items_the_caller_may_read_raw_or_masked_give_no_error()
    {
        var reply = await server.Query("TJ-SW", "{ marketEntities(first: 5) { nodes { creditCode legalRep contactPhone } } }");

        Assert.Empty(reply.Errors);
        Assert.All(Nodes(reply.Data.GetProperty("marketEntities")), n =>
        {
            Assert.Matches("^1[0-9]{10}$", n.GetProperty("contactPhone").GetString()); // the grant lifts the phone mask
            Assert.Contains("*", n.GetProperty("legalRep").GetString(), StringComparison.Ordinal);
        });
    }

    private static int Count(JsonElement error) => error.GetProperty("extensions").GetProperty("count").GetInt32();

    private static List<JsonElement> Nodes(JsonElement connection) => connection.GetProperty("nodes").EnumerateArray().ToList();
}
