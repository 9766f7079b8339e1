using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Policy;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Graph.Schema;
using TaijiangGraph.Graph.Tests.Fakes;
using TaijiangGraph.Graph.Tests.Support;

namespace TaijiangGraph.Graph.Tests.Planning;

/// <summary>
/// The sample catalog's schema from the real <see cref="GraphSchemaFactory"/> on in-memory fakes of the Core ports
/// (<see cref="FakeStorage"/>; no rows), and the request context of a department of the sample world (its seed grants, now pinned), for
/// running
/// the data-access rule as GraphQL.NET's validator runs it and reading the plans it leaves in the context.
/// </summary>
internal sealed class PlanningHarness : IDisposable
{
    /// <summary>Within every seed grant the tests rely on (e.g. G-2025-0006, TJ-RS on subsistence_allowance scoped to 苍霞).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly ServiceProvider _services;

    public PlanningHarness()
    {
        _services = new FakeStorage().AddTo(new ServiceCollection()).AddQueryLimits().AddTaijiangGraph().BuildServiceProvider();
        Catalog = SampleWorld.Load().Catalog;
        Schema = _services.GetRequiredService<GraphSchemaFactory>().Create(Catalog);
        Schema.Initialize();
        Cursors = _services.GetRequiredService<CursorCodec>();
    }

    public DataCatalog Catalog { get; }

    public ISchema Schema { get; }

    public CursorCodec Cursors { get; }

    public IServiceProvider Services => _services;

    /// <summary>A fresh request context of <paramref name="department"/> with its seed grants and a valid purpose.</summary>
    public GraphRequestContext Request(string department)
    {
        var caller = new Principal("u-test", "u-test", department, new HashSet<string>([Roles.Department]), null);
        var grants = SampleWorld.Load().Grants.Where(g => g.Grantee == department).ToList();
        return new GraphRequestContext(
            caller,
            Catalog,
            PurposeText.Parse("计划测试"),
            new RequestAccess(caller, grants, Now),
            new RequestBudget(),
            new RequestAuditLog(new byte[32])
        );
    }

    /// <summary>Validates <paramref name="query"/> with the standard rules and the data-access rule; the context holds the plans.</summary>
    public async Task<(IValidationResult Result, GraphQLDocument Document, GraphRequestContext Request)> ValidateAsync(
        string department,
        string query,
        string? variables = null
    )
    {
        var request = Request(department);
        var document = Parser.Parse(query);
        var result = await new DocumentValidator().ValidateAsync(
            new ValidationOptions
            {
                Schema = Schema,
                Document = document,
                Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
                Rules =
                [
                    .. DocumentValidator.CoreRules,
                    new DataAccessValidationRule(Cursors, _services.GetRequiredService<ILookupBudget>()),
                ],
                UserContext = request,
                Variables = variables is null ? Inputs.Empty : new GraphQLSerializer().Deserialize<Inputs>(variables)!,
                Extensions = Inputs.Empty,
                Metrics = Metrics.None,
                RequestServices = _services,
            }
        );
        return (result, document, request);
    }

    /// <summary>The fields of a document named <paramref name="name"/>, in document order (fragments included).</summary>
    public static IReadOnlyList<GraphQLField> Fields(GraphQLDocument document, string name)
    {
        var found = new List<GraphQLField>();
        Walk(document.Definitions);
        return found;

        void Walk(IEnumerable<ASTNode> nodes)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case GraphQLField f:
                        if (f.Name.StringValue == name)
                        {
                            found.Add(f);
                        }

                        Walk(f.SelectionSet?.Selections ?? []);
                        break;
                    case GraphQLOperationDefinition o:
                        Walk(o.SelectionSet.Selections);
                        break;
                    case GraphQLFragmentDefinition d:
                        Walk(d.SelectionSet.Selections);
                        break;
                    case GraphQLInlineFragment i:
                        Walk(i.SelectionSet.Selections);
                        break;
                }
            }
        }
    }

    public void Dispose() => _services.Dispose();
}
