using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Errors;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Tests.Fakes;

/// <summary>
/// The real graph (schema, validation rules, resolvers, executor) serving one catalog on the in-memory
/// ports of <see cref="FakeStorage"/>: GraphQL in, JSON out, and the storage calls recorded by the fakes.
/// </summary>
internal sealed class FakeGraph : IDisposable
{
    private static readonly GraphQLSerializer Json = new(new GraphErrorInfoProvider()); // extensions as the server shapes them
    private readonly ServiceProvider _services;

    public FakeGraph(DataCatalog catalog)
    {
        _services = Storage.AddTo(new ServiceCollection()).AddQueryLimits().AddTaijiangGraph().BuildServiceProvider();
        Storage.State.Serve(_services.GetRequiredService<IServedCatalogBuilder>().Build(catalog));
    }

    public FakeStorage Storage { get; } = new();

    /// <summary>Runs <paramref name="query"/> as <paramref name="caller"/> with a valid purpose; the result as JSON.</summary>
    public Task<JsonElement> RunAsync(Principal caller, string query) => RunAsync(caller, query, null, "最低生活保障资格核查");

    /// <summary>Runs <paramref name="query"/> as <paramref name="caller"/> with variables (JSON, or none) and a purpose (or none); the
    /// result as JSON.</summary>
    public async Task<JsonElement> RunAsync(Principal caller, string query, string? variables, string? purpose)
    {
        var execution = await _services
            .GetRequiredService<GraphExecutor>()
            .ExecuteAsync(
                new GraphQLRequest { Query = query, Variables = variables is null ? null : Json.Deserialize<Inputs>(variables) },
                caller,
                PurposeText.Parse(purpose),
                new RequestBudget(),
                _services,
                CancellationToken.None
            );
        return JsonDocument.Parse(Json.Serialize(execution.Result)).RootElement.Clone();
    }

    public void Dispose() => _services.Dispose();
}
