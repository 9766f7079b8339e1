using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQLParser.AST;
using TaijiangGraph.Graph.Limits;

namespace TaijiangGraph.Server.Tests.Introspection;

/// <summary>Validates a query against the sample catalog's schema with the standard rules and the query limits' rules, as the executor
/// does.</summary>
public static class IntrospectionValidation
{
    private static readonly Lazy<GraphQL.Types.ISchema> SampleSchema = new(Infrastructure.SampleSchema.Build);

    /// <summary>The schema of the sample catalog.</summary>
    public static GraphQL.Types.ISchema Schema => SampleSchema.Value;

    /// <summary>The validation errors of <paramref name="query"/> under <paramref name="options"/> (none when it would run).</summary>
    public static async Task<IReadOnlyList<ExecutionError>> ErrorsAsync(string query, QueryLimitsOptions options)
    {
        var limits = new QueryLimits(options);
        var document = limits.DocumentBuilder.Build(query);
        var result = await new DocumentValidator().ValidateAsync(
            new ValidationOptions
            {
                Schema = Schema,
                Document = document,
                Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
                Rules = [.. DocumentValidator.CoreRules, limits.ComplexityRule, limits.IntrospectionComplexityRule],
                UserContext = new Dictionary<string, object?>(),
                Metrics = Metrics.None,
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
            }
        );
        return [.. result.Errors];
    }

    /// <summary>The lowest <see cref="QueryLimitsOptions.MaxIntrospectionComplexity"/> under which <paramref name="query"/> passes: its
    /// introspection cost.</summary>
    public static async Task<int> IntrospectionCostAsync(string query, int upTo)
    {
        var (low, high) = (0, upTo);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var errors = await ErrorsAsync(query, new QueryLimitsOptions { MaxIntrospectionComplexity = Math.Max(middle, 1) });
            if (errors.Count == 0)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
