using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// docs/errors.md (Field errors during execution): every <c>FORBIDDEN_CONDITIONAL</c> error carries in <c>extensions.apply</c>
/// the ready input of a share application, <c>{ resource, items }</c>, with every conditional item of that resource denied in
/// the same operation, sorted; no other error carries it, and it names nothing the operation's errors do not name already.
/// </summary>
public sealed class ApplyForAccessTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task A_denied_conditional_item_carries_the_resource_and_the_denied_items_only()
    {
        // TJ-MZ holds grants on household names, ID numbers, household numbers and addresses, none on birth dates.
        var reply = await server.Query("TJ-MZ", "{ householdPeople(first: 3) { nodes { idNumber name birthDate street } } }");

        var error = Assert.Single(reply.Errors);
        Assert.Equal("FORBIDDEN_CONDITIONAL", GraphQLReply.Extension(error, "code"));
        AssertApply(error, "household_person", ["birth_date"]);
    }

    [Fact]
    public async Task Every_error_of_a_resource_carries_all_its_denied_conditional_items_across_lists()
    {
        var reply = await server.Query(
            "TJ-JY",
            "{ x: marketEntities(first: 2) { nodes { legalRep } } " + "y: marketEntities(first: 2) { nodes { contactPhone legalRepId } } }"
        );

        Assert.Equal(3, reply.Errors.Count);
        Assert.All(reply.Errors, e => AssertApply(e, "market_entity", ["contact_phone", "legal_rep", "legal_rep_id"]));
    }

    [Fact]
    public async Task Two_resources_in_one_operation_get_one_application_each()
    {
        var reply = await server.Query(
            "TJ-JY",
            "{ marketEntities(first: 30) { nodes { creditCode legalRep taxPayments(first: 3) { nodes { taxType amount } } } } }"
        );

        AssertApply(Assert.Single(reply.ErrorsFor("market_entity", "legal_rep")), "market_entity", ["legal_rep"]);
        AssertApply(Assert.Single(reply.ErrorsFor("tax_payment", "amount")), "tax_payment", ["amount"]);
    }

    [Fact]
    public async Task Apply_names_exactly_the_denied_conditional_items_never_not_shared_classified_or_other_operations_items()
    {
        // One operation mixes conditional and not-shared items; the second denies another conditional item; the third names
        // a classified item, which the graph does not have (an unknown field, refused before execution).
        var batch = GraphQLRequests.Batch(
            GraphQLRequests.Request("{ marketEntities(first: 2) { nodes { legalRep inspectionNotes legalRepId } } }"),
            GraphQLRequests.Request("{ marketEntities(first: 2) { nodes { contactPhone } } }"),
            GraphQLRequests.Request("{ householdPeople(first: 2) { nodes { street keyPersonFlag } } }")
        );

        var reply = await server.Send("TJ-JY", batch);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var results = reply.Root.EnumerateArray().ToList();
        Assert.Equal(3, results.Count);

        var first = Errors(results[0]);
        Assert.Equal(3, first.Count);
        var conditional = first.Where(e => GraphQLReply.Extension(e, "code") == "FORBIDDEN_CONDITIONAL").ToList();
        Assert.Equal(2, conditional.Count);
        Assert.All(conditional, e => AssertApply(e, "market_entity", ["legal_rep", "legal_rep_id"]));
        var notShared = Assert.Single(first, e => GraphQLReply.Extension(e, "code") == "FORBIDDEN_NOT_SHARED");
        Assert.Equal("inspection_notes", GraphQLReply.Extension(notShared, "item"));
        Assert.False(HasApply(notShared));

        AssertApply(Assert.Single(Errors(results[1])), "market_entity", ["contact_phone"]);

        var refused = Assert.Single(Errors(results[2]));
        Assert.NotEqual("FORBIDDEN_CONDITIONAL", GraphQLReply.Extension(refused, "code"));
        Assert.False(HasApply(refused));
        Assert.DoesNotContain("key_person_flag", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_read_raw_or_masked_give_no_error_and_nothing_to_apply_for()
    {
        var reply = await server.Query("TJ-SW", "{ marketEntities(first: 2) { nodes { legalRep contactPhone inspectionNotes } } }");

        var notShared = Assert.Single(reply.Errors);
        Assert.Equal("FORBIDDEN_NOT_SHARED", GraphQLReply.Extension(notShared, "code"));
        Assert.False(HasApply(notShared));
    }

    private static void AssertApply(JsonElement error, string resource, string[] items)
    {
        Assert.Equal("FORBIDDEN_CONDITIONAL", GraphQLReply.Extension(error, "code"));
        var apply = error.GetProperty("extensions").GetProperty("apply");
        Assert.Equal(["items", "resource"], apply.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(resource, apply.GetProperty("resource").GetString());
        Assert.Equal(items, apply.GetProperty("items").EnumerateArray().Select(i => i.GetString()!));
    }

    private static bool HasApply(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("apply", out _);

    private static List<JsonElement> Errors(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];
}
