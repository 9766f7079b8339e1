using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace TaijiangGraph.Graph.Limits;

/// <summary>
/// GraphQL.NET's <see cref="ComplexityValidationRule"/> with the configured limits, reporting <c>MAX_DEPTH</c> and
/// <c>COMPLEXITY</c> as coded errors. Every field costs 1; a list field's children are multiplied by its <c>first</c>
/// (or its connection's <c>first</c>; without one, by <see cref="QueryLimitsOptions.ListMultiplier"/>). Runs on resolved
/// argument values, so it runs for cached documents too (variables change <c>first</c>).
/// </summary>
public sealed class LimitedComplexityRule(QueryLimitsOptions limits) : ComplexityValidationRule(new ComplexityOptions
{
    MaxDepth = limits.MaxDepth,
    MaxComplexity = limits.MaxComplexity,
    DefaultListImpactMultiplier = limits.ListMultiplier,
    DefaultScalarImpact = 1,
    DefaultObjectImpact = 1,
})
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (maxDepth > limits.MaxDepth)
        {
            context.ReportError(new LimitError(LimitCodes.MaxDepth,
                $"The query nests {maxDepth} fields deep; at most {limits.MaxDepth} are allowed.", limits.MaxDepth, maxDepth, context.Operation));
        }
        else if (totalComplexity > limits.MaxComplexity)
        {
            context.ReportError(new LimitError(LimitCodes.Complexity,
                $"The query's complexity is {totalComplexity}; at most {limits.MaxComplexity} is allowed (each field under a list counts once per requested row).", limits.MaxComplexity, totalComplexity, context.Operation));
        }

        return default;
    }
}
