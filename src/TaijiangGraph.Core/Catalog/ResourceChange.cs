namespace TaijiangGraph.Core.Catalog;

/// <summary>One change of a resource's own fields between two catalog versions (see <see cref="ResourceChangeKind"/> for the
/// values).</summary>
/// <param name="Resource">The resource's API name in the previous version (in the new one when added).</param>
public sealed record ResourceChange(string Resource, ResourceChangeKind Kind, string? Before = null, string? After = null);
