namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// A reference from an item to the key item of another resource. The graph gets a link field
/// <paramref name="LinkName"/> and, when <paramref name="ReverseName"/> is given, a connection field of that
/// name on the referenced type.
/// </summary>
public sealed record ItemReference(string Resource, string Item, string LinkName, string? ReverseName = null);
