using GraphQL.Types;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Graph.Limits;

namespace TaijiangGraph.Server.Tests.Introspection;

/// <summary>
/// The introspection part of an operation is priced by the size of its answer for the sample catalog's schema, apart
/// from the data fields' complexity: the standard query costs a few thousand, a nested fan-out is refused with
/// <c>COMPLEXITY</c> (README, "Query limits").
/// </summary>
public sealed class IntrospectionCostTests
{
    [Fact]
    public async Task The_full_option_query_costs_a_few_thousand_and_nothing_as_data()
    {
        var cost = await IntrospectionValidation.IntrospectionCostAsync(IntrospectionQueries.Full, upTo: 100_000);
        var errors = await IntrospectionValidation.ErrorsAsync(IntrospectionQueries.Full, new QueryLimitsOptions { MaxComplexity = 1 });

        Assert.InRange(cost, 1_000, 10_000);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_list_costs_its_items_in_this_schema_not_a_list_multiplier()
    {
        var pageInfo = (IComplexGraphType)IntrospectionValidation.Schema.AllTypes["PageInfo"]!;
        var directives = IntrospectionValidation.Schema.Directives.ToList();

        var fields = await IntrospectionValidation.IntrospectionCostAsync(
            "{ __type(name: \"PageInfo\") { name " + "fields { " + "name } } }",
            upTo: 1_000
        );
        var locations = await IntrospectionValidation.IntrospectionCostAsync("{ __schema { directives { name locations } } }", upTo: 1_000);

        Assert.Equal(3 + pageInfo.Fields.Count, fields); // __type, name, fields, and one name per field
        // __schema, directives, and per directive its name, locations and each location
        Assert.Equal(2 + directives.Sum(d => 2 + d.Locations.Count), locations);
    }

    [Fact]
    public async Task The_default_query_costs_less_than_the_full_option_query()
    {
        var standard = await IntrospectionValidation.IntrospectionCostAsync(IntrospectionQueries.Default, upTo: 100_000);
        var full = await IntrospectionValidation.IntrospectionCostAsync(IntrospectionQueries.Full, upTo: 100_000);

        Assert.InRange(standard, 1_000, full - 1);
    }

    [Fact]
    public async Task The_standard_query_nests_exactly_as_deep_as_the_default_MaxDepth_allows()
    {
        // graphql-js's TypeRef fragment nests ofType nine deep: __schema types fields args type ofType×9 name = 15 levels
        var atDefault = await IntrospectionValidation.ErrorsAsync(IntrospectionQueries.Default, new QueryLimitsOptions());
        var shallower = await IntrospectionValidation.ErrorsAsync(IntrospectionQueries.Default, new QueryLimitsOptions { MaxDepth = 14 });

        Assert.Empty(atDefault);
        Assert.Equal(ErrorCodes.Limits.MaxDepth, Assert.Single(shallower).Code);
    }

    [Fact]
    public async Task A_plain_nested_fan_out_is_held_by_the_depth_limit()
    {
        var deepest = await IntrospectionValidation.ErrorsAsync(IntrospectionQueries.FanOut(4), new QueryLimitsOptions());
        var deeper = await IntrospectionValidation.ErrorsAsync(IntrospectionQueries.FanOut(5), new QueryLimitsOptions());

        Assert.Empty(deepest);
        Assert.Equal(ErrorCodes.Limits.MaxDepth, Assert.Single(deeper).Code);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_nested_fan_out_with_aliased_copies_is_refused_with_COMPLEXITY(int copies)
    {
        var errors = await IntrospectionValidation.ErrorsAsync(
            IntrospectionQueries.AliasedFanOut(copies, levels: 6),
            new QueryLimitsOptions()
        );

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.Limits.Complexity, error.Code);
        Assert.Equal(100_000, error.Data["limit"]);
        Assert.True((double)error.Data["actual"]! > 100_000, error.Message);
    }
}
