using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Creates <see cref="DatasetDbContext"/>s for a catalog version on the configured database, one per operation, from a pool per
/// catalog version (a context returned to the pool is reset; reads never track).
/// </summary>
public sealed class DatasetContextFactory
{
    private readonly DbContextOptions<DatasetDbContext> _options;
    private readonly ConditionalWeakTable<DataCatalog, PooledDbContextFactory<DatasetDbContext>> _pools = [];

    public DatasetContextFactory(DatabaseOptions options, IEnumerable<IInterceptor>? interceptors = null, ILoggerFactory? logs = null)
    {
        Provider = options.Provider;
        var builder = new DbContextOptionsBuilder<DatasetDbContext>()
            .UseProvider(options.Provider, options.MainConnectionString)
            .ReplaceService<IModelCacheKeyFactory, DatasetDbContext.CacheKeyFactory>()
            .UseLoggerFactory(logs);
        if (interceptors is not null)
        {
            builder.AddInterceptors(interceptors);
        }

        _options = builder.Options;
    }

    public DatabaseProvider Provider { get; }

    public DatasetDbContext Create(DataCatalog catalog) => _pools.GetValue(catalog, Pool).CreateDbContext();

    /// <summary>A context (not pooled) over the tables in an older <paramref name="layout"/>, for the migrator's starting point.</summary>
    internal DatasetDbContext Create(DataCatalog catalog, DatasetLayout layout)
    {
        if (layout == DatasetLayout.Current)
        {
            return Create(catalog);
        }

        var builder = new DbContextOptionsBuilder<DatasetDbContext>(_options);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(
            new DatasetSpecExtension(new DatasetModelSpec(catalog, Provider, layout))
        );
        return new DatasetDbContext(builder.Options);
    }

    private PooledDbContextFactory<DatasetDbContext> Pool(DataCatalog catalog)
    {
        var builder = new DbContextOptionsBuilder<DatasetDbContext>(_options);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(
            new DatasetSpecExtension(new DatasetModelSpec(catalog, Provider))
        );
        return new PooledDbContextFactory<DatasetDbContext>(builder.Options);
    }
}
