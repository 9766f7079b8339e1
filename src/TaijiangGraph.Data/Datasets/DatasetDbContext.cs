using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// A context over the dataset tables of one catalog version. Its model is built from the catalog and
/// cached per catalog fingerprint; create one per operation through <see cref="DatasetContextFactory"/>.
/// </summary>
public sealed class DatasetDbContext(DbContextOptions<DatasetDbContext> options) : DbContext(options)
{
    /// <summary>The catalog version and provider the model is built from (carried in the options).</summary>
    public DatasetModelSpec Spec { get; } =
        options.FindExtension<DatasetSpecExtension>()?.Spec
        ?? throw new ArgumentException("Dataset contexts are created by DatasetContextFactory.", nameof(options));

    /// <summary>The rows of a resource, as property bags read through <c>EF.Property</c>.</summary>
    public IQueryable<Dictionary<string, object>> Rows(CatalogResource resource) =>
        Set<Dictionary<string, object>>(DatasetNames.Entity(resource));

    /// <summary>The history entries of a resource (docs/architecture.md, "Record versions").</summary>
    public IQueryable<Dictionary<string, object>> History(CatalogResource resource) =>
        Set<Dictionary<string, object>>(DatasetNames.HistoryEntity(resource));

    protected override void OnModelCreating(ModelBuilder modelBuilder) => DatasetModelConfiguration.Configure(modelBuilder, Spec);

    /// <summary>Caches one model per (catalog fingerprint, design time).</summary>
    internal sealed class CacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            context is DatasetDbContext d ? (d.Spec.Fingerprint, designTime) : (object)(context.GetType(), designTime);
    }
}
