using GraphQL.Validation;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Tests.Planning;

/// <summary>
/// docs/policy.md on plans: a refused field gets no plan (a masked item in <c>where</c>, a cursor bound to anything
/// else), and a scoped grant's row scope is ANDed into the plan's filter — request-wide, fixed once the document is left.
/// </summary>
public sealed class PlanPolicyTests : IDisposable
{
    private const string Scoped = "TJ-RS"; // G-2025-0006: subsistence_allowance.id_number and .phone within street = 苍霞

    private static readonly FilterNode StreetScope = new AndFilter([
        new ItemCondition("street", FilterOperator.In, new List<object?> { "苍霞" }),
    ]);

    private readonly PlanningHarness _harness = new();

    [Fact]
    public async Task A_masked_item_in_where_is_refused_with_FORBIDDEN_FILTER_and_gets_no_plan()
    {
        var resource = _harness.Catalog.FindResource("subsistence_allowance")!;
        Assert.Equal(AccessKind.Masked, _harness.Request("TJ-SCJG").Access.Decide(resource, resource.FindItem("name")!).Kind);

        var (result, document, request) = await _harness.ValidateAsync(
            "TJ-SCJG",
            """{ subsistenceAllowances(where: { name: { contains: "张" } }) { nodes { caseNo } } }"""
        );

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.Policy.ForbiddenFilter, error.Code);
        Assert.Equal(0, request.Plans.Count);
        var refused = Assert.Throws<GraphQL.ExecutionError>(() =>
            request.Plans.For(PlanningHarness.Fields(document, "subsistenceAllowances").Single())
        );
        Assert.Equal(ErrorCodes.Service.PlanMissing, refused.Code);
    }

    [Fact]
    public async Task A_cursor_bound_to_another_order_is_INVALID_CURSOR_and_gets_no_plan()
    {
        var binding = new CursorBinding(
            "TJ-SCJG",
            _harness.Catalog.Version,
            "Query.marketEntities",
            CursorSignature.Of(null, [new SortKey("name", false)])
        );
        var cursor = _harness.Cursors.Encode(binding, new(["x"], 1));

        var (result, document, request) = await _harness.ValidateAsync(
            "TJ-SCJG",
            "query($after: String) { "
                + "marketEntities(order: "
                + "[{ name: "
                + "DESC }], "
                + "after: $after) "
                + "{ nodes { "
                + "name } } }",
            $$"""{"after":"{{cursor}}"}"""
        );

        Assert.Equal(ErrorCodes.Policy.InvalidCursor, Assert.Single(result.Errors).Code);
        Assert.Equal(0, request.Plans.Count);
        Assert.Throws<GraphQL.ExecutionError>(() => request.Plans.For(PlanningHarness.Fields(document, "marketEntities").Single()));
    }

    [Fact]
    public async Task A_scoped_grants_row_scope_is_ANDed_into_the_plans_filter_but_not_into_the_cursor_binding()
    {
        var (result, document, request) = await _harness.ValidateAsync(
            Scoped,
            """{ subsistenceAllowances(where: { category: { eq: "低保" } }) { nodes { caseNo phone } } }"""
        );

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var plan = request.Plans.For(PlanningHarness.Fields(document, "subsistenceAllowances").Single());
        var where = new ItemCondition("category", FilterOperator.Eq, "低保");
        Assert.Equal(where, plan.Where);
        AssertFilter(StreetScope, plan.Scope);
        AssertFilter(new AndFilter([where, StreetScope]), plan.Filter);
        AssertFilter(StreetScope, request.Plans.ScopeOf(plan.Resource));
        Assert.Equal(CursorSignature.Of(where, []), plan.Binding!.Signature);
    }

    [Fact]
    public async Task The_row_scope_is_the_whole_requests_so_a_field_reading_only_unscoped_items_carries_it_too()
    {
        var (result, document, request) = await _harness.ValidateAsync(
            Scoped,
            "{ a: subsistenceAllowances { nodes { caseNo } } b: subsistenceAllowances { nodes { phone } } }"
        );

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        var plans = PlanningHarness.Fields(document, "subsistenceAllowances").Select(request.Plans.For).ToList();
        Assert.Equal(2, plans.Count);
        Assert.All(plans, p => AssertFilter(StreetScope, p.Filter));
    }

    [Fact]
    public async Task Reading_only_unscoped_items_plans_no_row_scope()
    {
        var (_, document, request) = await _harness.ValidateAsync(Scoped, "{ subsistenceAllowances { nodes { caseNo street } } }");

        var plan = request.Plans.For(PlanningHarness.Fields(document, "subsistenceAllowances").Single());
        Assert.Null(plan.Scope);
        Assert.Null(plan.Filter);
    }

    /// <summary>Filters compare by their cursor signature: the records hold lists, which compare by reference.</summary>
    private static void AssertFilter(FilterNode expected, FilterNode? actual) =>
        Assert.Equal(CursorSignature.Of(expected, []), CursorSignature.Of(actual, []));

    public void Dispose() => _harness.Dispose();
}
