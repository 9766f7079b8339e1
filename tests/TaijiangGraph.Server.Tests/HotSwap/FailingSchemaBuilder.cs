using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>
/// Decorates the app's <see cref="ICatalogSchemaBuilder"/>: while <see cref="Failing"/>, building catalog version
/// <paramref name="version"/> throws (a version this node cannot build); every other version builds as usual.
/// </summary>
internal sealed class FailingSchemaBuilder(int version) : ICatalogSchemaBuilder
{
    private ICatalogSchemaBuilder? _inner;
    private int _refused;
    private volatile bool _failing = true;

    /// <summary>Puts this builder in the place of the app's, around the app's own.</summary>
    public void Decorate(IServiceCollection services) =>
        services.Replace(
            ServiceDescriptor.Singleton<ICatalogSchemaBuilder>(sp =>
            {
                _inner = new CatalogSchemaBuilder(sp.GetRequiredService<GraphSchemaFactory>());
                return this;
            })
        );

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    /// <summary>How many builds of the version were refused so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public ISchema Build(DataCatalog catalog)
    {
        if (catalog.Version == version && Failing)
        {
            Interlocked.Increment(ref _refused);
            throw new InvalidOperationException($"This node cannot build catalog version {version}.");
        }

        return (_inner ?? throw new InvalidOperationException("Not installed: call Decorate.")).Build(catalog);
    }
}
