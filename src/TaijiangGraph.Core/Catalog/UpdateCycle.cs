namespace TaijiangGraph.Core.Catalog;

/// <summary>How often (更新周期) a provider pushes a resource's data.</summary>
public enum UpdateCycle
{
    Realtime,
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}
