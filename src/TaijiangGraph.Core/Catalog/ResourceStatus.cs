namespace TaijiangGraph.Core.Catalog;

/// <summary>Lifecycle of a catalog resource; only published resources are in the data graph.</summary>
public enum ResourceStatus
{
    Draft,
    Published,
    Retired,
}
