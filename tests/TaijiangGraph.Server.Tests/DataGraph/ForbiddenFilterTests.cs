using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// docs/policy.md (Predicates: filter and sort permission): filters, sorts, by-key arguments and links use an item as a predicate; a caller
/// who cannot read
/// the item unmasked is rejected before execution with FORBIDDEN_FILTER — whether the values are literals or variables.
/// </summary>
public sealed class ForbiddenFilterTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string SomeId = "350103199803034649";

    /// <summary>(department, query, variables as JSON or "", resource, item).</summary>
    public static TheoryData<string, string, string, string, string> Cases() =>
        new()
        {
            // a filter, a sort and a by-key argument on an item the caller holds no grant for
            { "TJ-JY", """{ marketEntities(where: { legalRep: { eq: "x" } }) { totalCount } }""", "", "market_entity", "legal_rep" },
            {
                "TJ-JY",
                "query($where: MarketEntityFilterInput) { " + "marketEntities(where: " + "$where) { " + "totalCount } }",
                """{"where":{"legalRep":{"eq":"x"}}}""",
                "market_entity",
                "legal_rep"
            },
            {
                "TJ-JY",
                "query($name: String) { " + "marketEntities(where: { " + "legalRep: { eq: " + "$name } }) { " + "totalCount } }",
                """{"name":"x"}""",
                "market_entity",
                "legal_rep"
            },
            {
                "TJ-JY",
                """{ marketEntities(where: { or: [{ name: { eq: "x" } }, { inspectionNotes: { contains: "x" } }] }) { totalCount } }""",
                "",
                "market_entity",
                "inspection_notes"
            },
            {
                "TJ-JY",
                "query($where: MarketEntityFilterInput) { " + "marketEntities(where: " + "$where) { " + "totalCount } }",
                """{"where":{"or":[{"name":{"eq":"x"}},{"inspectionNotes":{"contains":"x"}}]}}""",
                "market_entity",
                "inspection_notes"
            },
            { "TJ-JY", "{ marketEntities(order: [{ contactPhone: ASC }]) { totalCount } }", "", "market_entity", "contact_phone" },
            {
                "TJ-JY",
                "query($order: [MarketEntitySortInput!]) { " + "marketEntities(order: " + "$order) { " + "totalCount } }",
                """{"order":[{"contactPhone":"ASC"}]}""",
                "market_entity",
                "contact_phone"
            },
            { "TJ-SCJG", $$"""{ householdPerson(idNumber: "{{SomeId}}") { gender } }""", "", "household_person", "id_number" },
            {
                "TJ-SCJG",
                "query($id: String!) { " + "householdPerson(idNumber: $id) { " + "gender } }",
                $$"""{"id":"{{SomeId}}"}""",
                "household_person",
                "id_number"
            },
            // links: following a link needs its linking item unmasked; a reverse link's filter and sort are predicates too
            { "TJ-JY", "{ marketEntities { nodes { legalRepPerson { street } } } }", "", "market_entity", "legal_rep_id" },
            {
                "TJ-JY",
                "query($first: Int) { " + "marketEntities(first: $first) " + "{ nodes { " + "legalRepPerson { " + "street } } } }",
                """{"first":2}""",
                "market_entity",
                "legal_rep_id"
            },
            { "TJ-GA", "{ socialInsuranceRecords { nodes { person { street } } } }", "", "social_insurance", "id_number" },
            {
                "TJ-JY",
                """{ marketEntities(first: 2) { nodes { insuredEmployees(where: { idNumber: { contains: "3501" } }) { totalCount } } } }""",
                "",
                "social_insurance",
                "id_number"
            },
            {
                "TJ-JY",
                "query($w: SocialInsuranceFilterInput) { "
                    + "marketEntities(first: 2) "
                    + "{ nodes { "
                    + "insuredEmployees(where: $w) { "
                    + "totalCount } } } }",
                """{"w":{"idNumber":{"contains":"3501"}}}""",
                "social_insurance",
                "id_number"
            },
            {
                "TJ-JY",
                "{ marketEntities(first: 2) " + "{ nodes { " + "taxPayments(order: " + "[{ amount: " + "DESC }]) { " + "totalCount } } } }",
                "",
                "tax_payment",
                "amount"
            },
            {
                "TJ-JY",
                "query($o: [TaxPaymentSortInput!]) { "
                    + "marketEntities(first: 2) "
                    + "{ nodes { "
                    + "taxPayments(order: $o) { "
                    + "totalCount } } } }",
                """{"o":[{"amount":"DESC"}]}""",
                "tax_payment",
                "amount"
            },
            {
                "TJ-JY",
                "{ socialInsuranceRecords(where: { " + "contributionBase: { gt: " + "1000 } }) { " + "totalCount } }",
                "",
                "social_insurance",
                "contribution_base"
            },
            {
                "TJ-JY",
                "query($v: Decimal) { " + "socialInsuranceRecords(where: { " + "contributionBase: { gt: " + "$v } }) { " + "totalCount } }",
                """{"v":1000}""",
                "social_insurance",
                "contribution_base"
            },
            { "TJ-MZ", """{ taxPayments(where: { paidOn: { lte: "2026-01-01" } }) { totalCount } }""", "", "tax_payment", "paid_on" },
            // masked items (no sample reader reads a date or number masked, so no gt here): only eq/in on a lookup key is allowed, never
            // contains, startsWith, neq or a sort
            {
                "TJ-MZ",
                """{ householdPeople(where: { idNumber: { contains: "3501" } }) { totalCount } }""",
                "",
                "household_person",
                "id_number"
            },
            {
                "TJ-MZ",
                "query($w: HouseholdPersonFilterInput) { " + "householdPeople(where: $w) { " + "totalCount } }",
                """{"w":{"idNumber":{"contains":"3501"}}}""",
                "household_person",
                "id_number"
            },
            {
                "TJ-MZ",
                """{ householdPeople(where: { registeredAddress: { startsWith: "福州市" } }) { totalCount } }""",
                "",
                "household_person",
                "registered_address"
            },
            {
                "TJ-MZ",
                "query($w: HouseholdPersonFilterInput) { " + "householdPeople(where: $w) { " + "totalCount } }",
                """{"w":{"registeredAddress":{"startsWith":"福州市"}}}""",
                "household_person",
                "registered_address"
            },
            {
                "TJ-RS",
                """{ householdPeople(where: { birthDate: { gt: "1980-01-01" } }) { totalCount } }""",
                "",
                "household_person",
                "birth_date"
            },
            {
                "TJ-MZ",
                $$"""{ householdPeople(where: { idNumber: { neq: "{{SomeId}}" } }) { totalCount } }""",
                "",
                "household_person",
                "id_number"
            },
            { "TJ-MZ", "{ householdPeople(order: [{ idNumber: ASC }]) { totalCount } }", "", "household_person", "id_number" },
            { "TJ-SW", "{ marketEntities(order: [{ legalRep: ASC }]) { totalCount } }", "", "market_entity", "legal_rep" },
            {
                "TJ-SW",
                "query($o: [MarketEntitySortInput!]) { " + "marketEntities(order: $o) { " + "totalCount } }",
                """{"o":[{"legalRep":"ASC"}]}""",
                "market_entity",
                "legal_rep"
            },
            {
                "TJ-GA",
                """{ subsistenceAllowances(where: { name: { eq: "王敏芳" } }) { totalCount } }""",
                "",
                "subsistence_allowance",
                "name"
            },
            {
                "TJ-RS",
                "query($w: SubsistenceAllowanceFilterInput) { " + "subsistenceAllowances(where: $w) { " + "totalCount } }",
                """{"w":{"phone":{"eq":"15827393462"}}}""",
                "subsistence_allowance",
                "phone"
            },
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_predicate_on_an_item_the_caller_cannot_read_unmasked_is_rejected_with_400(
        string department,
        string query,
        string variables,
        string resource,
        string item
    )
    {
        var reply = await server.Query(department, query, Variables(variables), accept: GraphQLRequests.GraphQLResponse);

        AssertRejected(reply, HttpStatusCode.BadRequest, GraphQLRequests.GraphQLResponse, resource, item);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_predicate_on_an_item_the_caller_cannot_read_unmasked_is_rejected_with_200_for_application_json(
        string department,
        string query,
        string variables,
        string resource,
        string item
    )
    {
        var reply = await server.Query(department, query, Variables(variables), accept: "application/json");

        AssertRejected(reply, HttpStatusCode.OK, "application/json", resource, item);
    }

    [Theory]
    [InlineData("""{ marketEntities(where: { legalRep: { eq: "x" } }) { totalCount } }""")]
    [InlineData("{ marketEntities(order: [{ legalRep: ASC }, { contactPhone: DESC }]) { totalCount } }")]
    [InlineData("{ marketEntities(first: 3) { nodes { legalRepPerson { street } } } }")]
    public async Task The_provider_may_use_its_own_items_as_predicates(string query)
    {
        var reply = await server.Query("TJ-SCJG", query);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Errors);
    }

    private static string? Variables(string json) => json.Length == 0 ? null : json;

    private static void AssertRejected(GraphQLReply reply, HttpStatusCode status, string mediaType, string resource, string item)
    {
        Assert.True(status == reply.Status, $"Expected {(int)status}, got {(int)reply.Status}: {reply.Text}");
        Assert.Equal(mediaType, reply.MediaType);
        Assert.False(reply.HasData, "A request rejected before execution carries no data.");
        var error = reply.Errors[0];
        Assert.Equal("FORBIDDEN_FILTER", GraphQLReply.Extension(error, "code"));
        Assert.Equal(resource, GraphQLReply.Extension(error, "resource"));
        Assert.Equal(item, GraphQLReply.Extension(error, "item"));
    }
}
