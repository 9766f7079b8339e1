using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Metadata;

/// <summary>
/// What the generated graph's types and fields stand for, kept as GraphQL.NET metadata so that validation
/// rules and resolvers find the catalog resource and item behind a field.
/// </summary>
internal static class GraphMetadata
{
    private const string ResourceKey = "tj:resource";
    private const string RoleKey = "tj:role";
    private const string ItemKey = "tj:item";

    public static T ForResource<T>(
        this T target,
        CatalogResource resource,
        DataFieldRole role = DataFieldRole.None,
        CatalogItem? item = null
    )
        where T : IMetadataWriter
    {
        target.Metadata[ResourceKey] = resource;
        target.Metadata[RoleKey] = role;
        if (item is not null)
        {
            target.Metadata[ItemKey] = item;
        }

        return target;
    }

    public static CatalogResource? Resource(this IMetadataReader target) => target.GetMetadata<CatalogResource?>(ResourceKey);

    public static DataFieldRole Role(this IMetadataReader target) => target.GetMetadata(RoleKey, DataFieldRole.None);

    /// <summary>The item behind an item field, a link field (the linking item) or a reverse field (the referencing item).</summary>
    public static CatalogItem? Item(this IMetadataReader target) => target.GetMetadata<CatalogItem?>(ItemKey);
}
