using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Graph.Planning;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Tests.Planning;

/// <summary>
/// docs/architecture.md (request path), docs/errors.md: a data resolver only executes the plan validation built for its
/// field; a field without one refuses with <c>PLAN_MISSING</c> and reads nothing.
/// </summary>
public sealed class PlanMissingTests : IDisposable
{
    private readonly PlanningHarness _harness = new();

    [Theory]
    [InlineData("""{ marketEntity(creditCode: "91350103MA2XYZ0001") { creditCode name } }""")]
    [InlineData("{ marketEntities(first: 2) { nodes { creditCode name } totalCount } }")]
    public async Task A_data_field_executed_without_plans_refuses_with_PLAN_MISSING_and_reads_nothing(string query)
    {
        var request = _harness.Request("TJ-SCJG");

        // Only the standard rules: the data-access rule, which builds the plans, does not run.
        var result = await _harness
            .Services.GetRequiredService<IDocumentExecuter>()
            .ExecuteAsync(
                new ExecutionOptions
                {
                    Schema = _harness.Schema,
                    Query = query,
                    UserContext = request,
                    RequestServices = _harness.Services,
                    ValidationRules = DocumentValidator.CoreRules,
                }
            );

        Assert.True(result.Executed);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.Service.PlanMissing, error.Code);
        Assert.Same(RequestPlans.None, request.Plans);
        Assert.All(request.Audit.Resources, r => Assert.Equal(0, r.RecordCount)); // no row was read, so none was recorded
    }

    [Fact]
    public async Task Plans_are_kept_by_field_node_so_another_documents_field_has_none()
    {
        var (result, _, request) = await _harness.ValidateAsync("TJ-SCJG", "{ marketEntities { nodes { name } } }");
        var other = PlanningHarness.Fields(Parser.Parse("{ marketEntities { nodes { name } } }"), "marketEntities").Single();

        Assert.True(result.IsValid);
        Assert.Equal(1, request.Plans.Count);
        var refused = Assert.Throws<ExecutionError>(() => request.Plans.For(other));
        Assert.Equal(ErrorCodes.Service.PlanMissing, refused.Code);
    }

    [Fact]
    public async Task A_requests_plans_are_set_once()
    {
        var (_, _, request) = await _harness.ValidateAsync("TJ-SCJG", "{ marketEntities { totalCount } }");

        Assert.Throws<InvalidOperationException>(() => request.Adopt(RequestPlans.None));
    }

    public void Dispose() => _harness.Dispose();
}
