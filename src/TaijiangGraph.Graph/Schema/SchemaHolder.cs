using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Graph.Schema;

/// <summary>
/// The schema being served: the <see cref="GraphSchemaVersion"/> that <see cref="ICatalogState"/> holds. A version is
/// built off to the side before it is committed and swapped in by one reference write, so requests in flight finish
/// on the schema they started with and every request sees catalog and schema of one version.
/// </summary>
public sealed class SchemaHolder(ICatalogState catalog)
{
    /// <exception cref="InvalidOperationException">No catalog has been published yet, or the served version was built without a
    /// schema.</exception>
    public GraphSchemaVersion Current =>
        catalog.Served as GraphSchemaVersion
        ?? throw new InvalidOperationException("The served catalog version has no schema: register the graph's IServedCatalogBuilder.");
}
