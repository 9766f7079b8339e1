using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Carries the <see cref="DatasetModelSpec"/> in a dataset context's options, so that a pooled factory (whose contexts take
/// options alone) can build one pool per catalog version. It adds no services: every catalog version shares EF's internal
/// service provider, and the model is cached per catalog fingerprint (<see cref="DatasetDbContext.CacheKeyFactory"/>).
/// </summary>
internal sealed class DatasetSpecExtension(DatasetModelSpec spec) : IDbContextOptionsExtension
{
    public DatasetModelSpec Spec { get; } = spec;

    public DbContextOptionsExtensionInfo Info => new SpecInfo(this);

    public void ApplyServices(IServiceCollection services) { }

    public void Validate(IDbContextOptions options) { }

    private sealed class SpecInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is SpecInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) { }
    }
}
