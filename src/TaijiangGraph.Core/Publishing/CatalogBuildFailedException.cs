namespace TaijiangGraph.Core.Publishing;

/// <summary>A catalog version could not be built into what a node serves (its GraphQL schema); nothing was committed or swapped.</summary>
public sealed class CatalogBuildFailedException(int version, Exception inner)
    : Exception($"Catalog version {version} cannot be built into a schema: {inner.Message}", inner)
{
    /// <summary>The catalog version that failed to build.</summary>
    public int Version { get; } = version;
}
