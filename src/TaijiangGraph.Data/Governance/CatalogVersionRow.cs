namespace TaijiangGraph.Data.Governance;

/// <summary>One published catalog version, kept forever (table <c>catalog_versions</c>): the whole catalog as JSON.</summary>
public sealed class CatalogVersionRow
{
    public int Version { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public string? Note { get; set; }

    /// <summary>The catalog in <see cref="Core.Catalog.CatalogJson"/> form.</summary>
    public required string Document { get; set; }
}
