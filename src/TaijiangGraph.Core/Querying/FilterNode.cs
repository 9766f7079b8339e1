namespace TaijiangGraph.Core.Querying;

/// <summary>A filter over one resource's rows: a condition on an item, or an AND / OR of filters.</summary>
public abstract record FilterNode
{
    /// <summary>Every item condition in the tree, in document order.</summary>
    public abstract IEnumerable<ItemCondition> Conditions();
}
