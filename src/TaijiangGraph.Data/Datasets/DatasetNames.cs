using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Data.Datasets;

/// <summary>Table and column names of the generated dataset tables.</summary>
internal static class DatasetNames
{
    /// <summary>The surrogate row id every dataset table has: tie-breaker, default order and cursor anchor.</summary>
    public const string RowId = "row_id";

    /// <summary>The table of a resource, e.g. <c>ds_market_entity</c>.</summary>
    public static string Table(CatalogResource resource) => "ds_" + resource.ApiName;

    /// <summary>The shared-type entity name of a resource in the dataset model.</summary>
    public static string Entity(CatalogResource resource) => resource.ApiName;
}
