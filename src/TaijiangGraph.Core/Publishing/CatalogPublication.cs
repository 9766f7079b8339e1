namespace TaijiangGraph.Core.Publishing;

/// <summary>Who publishes a catalog version and why.</summary>
/// <param name="PublishedBy">The publishing user, or <c>seed</c> for the deployment's seed catalog.</param>
/// <param name="Department">The publishing user's department; null for the deployment, which provides no resource.</param>
/// <param name="Note">Why the catalog changes.</param>
public sealed record CatalogPublication(string PublishedBy, string? Department, string? Note);
