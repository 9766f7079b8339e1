using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Graph.Limits;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Benchmarks;

/// <summary>
/// Parsing and validating a typical department query on the sample schema, with every query limit on (limited
/// document builder: length, tokens, syntax depth, aliases; depth and complexity rule) versus off (GraphQL.NET's
/// builder and the core rules only). The ratio of the two means is the cost of the limits.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class QueryLimitsBenchmark
{
    /// <summary>A query as a department developer writes it: a filtered page, a link and a reverse link.</summary>
    public const string TypicalQuery = """
        query Employers($street: String) {
          marketEntities(first: 20, where: { street: { eq: $street } }, order: [{ name: ASC }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes {
              creditCode
              name
              entityType
              registeredCapital
              establishedOn
              status
              insuredEmployees(first: 10) {
                totalCount
                nodes { recordId insuranceType status lastPaidMonth }
              }
            }
          }
        }
        """;

    private readonly IDocumentBuilder _plainBuilder = new GraphQLDocumentBuilder();
    private readonly DocumentValidator _validator = new();
    private readonly Inputs _variables = new(new Dictionary<string, object?> { ["street"] = "苍霞街道" });
    private ISchema _schema = null!;
    private QueryLimits _limits = null!;
    private IValidationRule[] _limitedRules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SampleSchema();
        _schema.Initialize();
        _limits = new QueryLimits(new QueryLimitsOptions());
        _limitedRules = [.. DocumentValidator.CoreRules, _limits.ComplexityRule];
        if (!LimitsOn().IsValid || !LimitsOff().IsValid)
        {
            throw new InvalidOperationException("The typical query must be valid.");
        }

        // The limits are live: the same query fails a tight complexity limit.
        var tight = new QueryLimits(new QueryLimitsOptions { MaxComplexity = 10 });
        if (Validate(tight.DocumentBuilder.Build(TypicalQuery), [.. DocumentValidator.CoreRules, tight.ComplexityRule]).IsValid)
        {
            throw new InvalidOperationException("The complexity rule did not run.");
        }
    }

    /// <summary>The sample catalog's schema from the real factory, on an empty temporary data folder (its resolvers never run).</summary>
    private static ISchema SampleSchema()
    {
        var folder = Path.Combine(Path.GetTempPath(), "taijiang-benchmark-" + Guid.NewGuid().ToString("N"));
        using var services = new ServiceCollection()
            .AddLogging()
            .AddDataStorage(new DatabaseOptions { DataFolder = folder })
            .AddQueryLimits()
            .AddTaijiangGraph()
            .BuildServiceProvider();
        return services.GetRequiredService<GraphSchemaFactory>().Create(SampleSeed.Load().Catalog);
    }

    [Benchmark(Baseline = true)]
    public IValidationResult LimitsOff() => Validate(_plainBuilder.Build(TypicalQuery), DocumentValidator.CoreRules);

    [Benchmark]
    public IValidationResult LimitsOn() => Validate(_limits.DocumentBuilder.Build(TypicalQuery), _limitedRules);

    private IValidationResult Validate(GraphQLDocument document, IEnumerable<IValidationRule> rules) =>
        _validator
            .ValidateAsync(
                new ValidationOptions
                {
                    Schema = _schema,
                    Document = document,
                    Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
                    Rules = rules,
                    Variables = _variables,
                    Extensions = Inputs.Empty,
                    Metrics = GraphQL.Instrumentation.Metrics.None,
                }
            )
            .GetAwaiter()
            .GetResult();
}
