namespace TaijiangGraph.Core.Catalog;

/// <summary>A government department known to the service, identified by its code (e.g. <c>TJ-MZ</c>).</summary>
public sealed record Department(string Code, string Name);
