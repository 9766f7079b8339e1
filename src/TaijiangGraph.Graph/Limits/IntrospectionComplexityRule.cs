using GraphQL.Validation;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Limits;

/// <summary>
/// Prices the introspection part of an operation by the size of the answer it would produce against the schema being
/// served (<see cref="IntrospectionCost"/>) and reports <c>COMPLEXITY</c> above
/// <see cref="QueryLimitsOptions.MaxIntrospectionComplexity"/>. The data fields are priced by
/// <see cref="LimitedComplexityRule"/>, which leaves <c>__schema</c> and <c>__type</c> out. Runs after the other rules
/// and only on a document they accepted (fragment cycles, unknown fields), on resolved variables.
/// </summary>
internal sealed class IntrospectionComplexityRule(QueryLimitsOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (!context.HasErrors)
        {
            var cost = IntrospectionCost.Of(context, limits.MaxIntrospectionComplexity);
            if (cost > limits.MaxIntrospectionComplexity)
            {
                context.ReportError(
                    new LimitError(
                        ErrorCodes.Limits.Complexity,
                        $"The query's introspection would return more than "
                            + $"{limits.MaxIntrospectionComplexity} fields "
                            + $"(at least "
                            + $"{cost}); at "
                            + $"most {limits.MaxIntrospectionComplexity} are allowed.",
                        limits.MaxIntrospectionComplexity,
                        cost,
                        context.Operation
                    )
                );
            }
        }

        return default;
    }
}
