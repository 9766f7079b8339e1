using GraphQL.Introspection;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Limits;

/// <summary>
/// GraphQL.NET's <see cref="ComplexityValidationRule"/> with the configured limits, reporting <c>MAX_DEPTH</c> and
/// <c>COMPLEXITY</c> as coded errors. Every data field costs 1; a list field's children are multiplied by its <c>first</c>
/// (or its connection's <c>first</c>; without one, by <see cref="QueryLimitsOptions.ListMultiplier"/>). Runs on resolved
/// argument values, so it runs for cached documents too (variables change <c>first</c>). <c>__schema</c> and
/// <c>__type</c> cost nothing here — they are no data lists; <see cref="IntrospectionComplexityRule"/> prices them by
/// the schema — but count for the depth.
/// </summary>
internal sealed class LimitedComplexityRule(QueryLimitsOptions limits) : ComplexityValidationRule(DataOnly(limits))
{
    private static ComplexityOptions DataOnly(QueryLimitsOptions limits)
    {
        var options = new ComplexityOptions
        {
            MaxDepth = limits.MaxDepth,
            MaxComplexity = limits.MaxComplexity,
            DefaultListImpactMultiplier = limits.ListMultiplier,
            DefaultScalarImpact = 1,
            DefaultObjectImpact = 1,
        };
        var data = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = field =>
            field.FieldDefinition is SchemaMetaFieldType or TypeMetaFieldType ? new FieldComplexityResult(0, 0) : data(field);
        return options;
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (maxDepth > limits.MaxDepth)
        {
            context.ReportError(
                new LimitError(
                    ErrorCodes.Limits.MaxDepth,
                    $"The query nests {maxDepth} fields " + $"deep; at most " + $"{limits.MaxDepth} " + $"are allowed.",
                    limits.MaxDepth,
                    maxDepth,
                    context.Operation
                )
            );
        }
        else if (totalComplexity > limits.MaxComplexity)
        {
            context.ReportError(
                new LimitError(
                    ErrorCodes.Limits.Complexity,
                    $"The query's complexity is "
                        + $"{totalComplexity}; at most "
                        + $"{limits.MaxComplexity} "
                        + $"is allowed "
                        + $"(each field "
                        + $"under a list "
                        + $"counts once per requested row).",
                    limits.MaxComplexity,
                    totalComplexity,
                    context.Operation
                )
            );
        }

        return default;
    }
}
