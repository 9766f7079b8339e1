namespace TaijiangGraph.Server.Hosting;

/// <summary>How an instance picks up catalog versions published elsewhere (configuration section <c>Catalog</c>).</summary>
internal sealed class CatalogRefreshOptions
{
    public const string SectionName = "Catalog";

    /// <summary>Seconds between looks for a newer published version (<c>Catalog:RefreshSeconds</c>); 0 turns it off.</summary>
    public int RefreshSeconds { get; set; } = 15;
}
