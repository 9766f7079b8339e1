using GraphQLParser.AST;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Paging;

namespace TaijiangGraph.Graph.Tests.Planning;

/// <summary>
/// docs/architecture.md (request path): validation leaves one immutable plan per data field node — filter, order, page
/// size, cursor position and binding, by-key value and the columns of the selection (fragments expanded).
/// </summary>
public sealed class FieldPlanTests : IDisposable
{
    private const string Provider = "TJ-SCJG"; // provides market_entity: reads all of it unmasked

    private readonly PlanningHarness _harness = new();

    [Fact]
    public async Task A_connection_plan_holds_the_parsed_filter_order_page_size_and_binding()
    {
        var (result, document, request) = await _harness.ValidateAsync(
            Provider,
            """{ marketEntities(where: { street: { eq: "苍霞" } }, order: [{ name: DESC }], first: 5) { nodes { creditCode name } } }"""
        );

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var plan = request.Plans.For(PlanningHarness.Fields(document, "marketEntities").Single());
        var where = new ItemCondition("street", FilterOperator.Eq, "苍霞");
        var order = new SortKey("name", Descending: true);
        Assert.Equal("market_entity", plan.Resource.ApiName);
        Assert.Equal(DataFieldRole.Connection, plan.Role);
        Assert.Equal(where, plan.Where);
        Assert.Null(plan.Scope);
        Assert.Equal(where, plan.Filter);
        Assert.Equal([order], plan.Order);
        Assert.Equal(5, plan.First);
        Assert.Null(plan.Position);
        Assert.Equal(
            new CursorBinding(Provider, _harness.Catalog.Version, "Query.marketEntities", CursorSignature.Of(where, [order])),
            plan.Binding
        );
        Assert.Equal(["credit_code", "name"], plan.Columns);
    }

    [Fact]
    public async Task The_default_page_size_is_planned_when_first_is_absent()
    {
        var (_, document, request) = await _harness.ValidateAsync(Provider, "{ marketEntities { totalCount } }");

        var plan = request.Plans.For(PlanningHarness.Fields(document, "marketEntities").Single());
        Assert.Equal(20, plan.First);
        Assert.Equal(["credit_code"], plan.Columns); // the key only: nothing else is selected
    }

    [Fact]
    public async Task A_cursor_is_decoded_once_into_the_plans_position()
    {
        var order = new SortKey("name", Descending: false);
        var binding = new CursorBinding(Provider, _harness.Catalog.Version, "Query.marketEntities", CursorSignature.Of(null, [order]));
        var cursor = _harness.Cursors.Encode(binding, new KeysetPosition(["台江某公司"], 42));

        var (result, document, request) = await _harness.ValidateAsync(
            Provider,
            "query($after: String) { marketEntities(order: [{ name: ASC }], first: 2, after: $after) { nodes { name } } }",
            $$"""{"after":"{{cursor}}"}"""
        );

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var plan = request.Plans.For(PlanningHarness.Fields(document, "marketEntities").Single());
        Assert.Equal(42, plan.Position!.RowId);
        Assert.Equal(["台江某公司"], plan.Position.Values);
        Assert.Equal(binding, plan.Binding);
    }

    [Fact]
    public async Task Columns_come_from_the_selection_with_fragments_and_inline_fragments_expanded()
    {
        var (result, document, request) = await _harness.ValidateAsync(
            Provider,
            """
            query {
              marketEntities(first: 3) {
                ...Page
                edges { node { ... on MarketEntity { street } } }
              }
            }
            fragment Page on MarketEntityConnection { nodes { ...Names legalRepPerson { gender } } }
            fragment Names on MarketEntity { name status }
            """
        );

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var entities = request.Plans.For(PlanningHarness.Fields(document, "marketEntities").Single());
        Assert.Equal(["credit_code", "legal_rep_id", "name", "status", "street"], entities.Columns);
        var person = request.Plans.For(PlanningHarness.Fields(document, "legalRepPerson").Single());
        Assert.Equal(DataFieldRole.Link, person.Role);
        Assert.Equal("household_person", person.Resource.ApiName);
        Assert.Equal(["gender", "id_number"], person.Columns);
        Assert.Null(person.Binding);
    }

    [Fact]
    public async Task A_field_in_a_fragment_spread_twice_has_one_plan()
    {
        var (result, document, request) = await _harness.ValidateAsync(
            Provider,
            """
            {
              a: marketEntities(first: 2) { nodes { ...Person } }
              b: marketEntities(first: 3) { nodes { ...Person } }
            }
            fragment Person on MarketEntity { legalRepPerson { gender } }
            """
        );

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var entities = PlanningHarness.Fields(document, "marketEntities");
        Assert.Equal([2, 3], entities.Select(f => request.Plans.For(f).First));
        var person = Assert.Single(PlanningHarness.Fields(document, "legalRepPerson"));
        Assert.Equal("household_person", request.Plans.For(person).Resource.ApiName);
        Assert.Equal(3, request.Plans.Count);
    }

    [Fact]
    public async Task By_key_and_reverse_fields_have_plans_of_their_own()
    {
        var (result, document, request) = await _harness.ValidateAsync(
            Provider,
            """{ marketEntity(creditCode: "91350103MA2XYZ0001") { name taxPayments(first: 4) { nodes { period } } } }"""
        );

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var byKey = request.Plans.For(PlanningHarness.Fields(document, "marketEntity").Single());
        Assert.Equal(DataFieldRole.ByKey, byKey.Role);
        Assert.Equal("91350103MA2XYZ0001", byKey.Key);
        Assert.Equal(["credit_code", "name"], byKey.Columns);
        var reverse = request.Plans.For(PlanningHarness.Fields(document, "taxPayments").Single());
        Assert.Equal(DataFieldRole.Reverse, reverse.Role);
        Assert.Equal("tax_payment", reverse.Resource.ApiName);
        Assert.Equal(4, reverse.First);
        Assert.Equal("MarketEntity.taxPayments", reverse.Binding!.Field);
        Assert.Equal(["payment_id", "period"], reverse.Columns);
    }

    [Fact]
    public async Task A_node_merged_from_fields_of_one_response_key_gets_their_plan_with_the_union_of_their_columns()
    {
        var (result, document, request) = await _harness.ValidateAsync(
            Provider,
            "{ marketEntities(first: 3) { nodes { name } } marketEntities(first: 3) { nodes { street } } }"
        );
        var fields = PlanningHarness.Fields(document, "marketEntities");

        // As GraphQL.NET's execution strategy merges them: the first field's arguments, both selections.
        var merged = new GraphQLField(fields[0].Name)
        {
            Arguments = fields[0].Arguments,
            SelectionSet = new GraphQLSelectionSet([.. fields[0].SelectionSet!.Selections, .. fields[1].SelectionSet!.Selections]),
        };

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(["credit_code", "name"], request.Plans.For(fields[0]).Columns);
        var plan = request.Plans.For(merged);
        Assert.Equal(["credit_code", "name", "street"], plan.Columns);
        Assert.Equal(3, plan.First);
        Assert.Equal(request.Plans.For(fields[0]).Binding, plan.Binding);
    }

    public void Dispose() => _harness.Dispose();
}
