namespace TaijiangGraph.Core.Catalog;

/// <summary>The sharing type (共享类型) of a catalog item; decides who may read it.</summary>
public enum SharingType
{
    /// <summary>无条件共享: any authenticated government department may read it.</summary>
    Unconditional,

    /// <summary>有条件共享: the provider, and departments holding an active grant covering the item.</summary>
    Conditional,

    /// <summary>暂不共享: the provider only.</summary>
    NotShared,

    /// <summary>涉及国家秘密: never exposed; catalogued metadata only, no column, no field.</summary>
    Classified,
}
