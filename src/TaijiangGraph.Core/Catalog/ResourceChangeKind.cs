namespace TaijiangGraph.Core.Catalog;

/// <summary>How a resource differs between two catalog versions; the values of a <see cref="ResourceChange"/> per kind.</summary>
public enum ResourceChangeKind
{
    /// <summary>A new resource (a code the previous version did not have); After: its provider.</summary>
    Added,

    /// <summary>A resource the previous version had and this one lacks; Before: its provider.</summary>
    Removed,

    /// <summary>Its API names changed; Before/After: <c>singular/plural</c>.</summary>
    Renamed,

    /// <summary>Its provider department changed; Before/After: department codes.</summary>
    ProviderChanged,

    /// <summary>Its status became <c>RETIRED</c>; Before: the previous status.</summary>
    Retired,

    /// <summary>Its status changed otherwise (e.g. <c>DRAFT</c> → <c>PUBLISHED</c>).</summary>
    StatusChanged,

    /// <summary>Its name (名称) changed.</summary>
    NameChanged,

    SummaryChanged,

    FormatChanged,

    UpdateCycleChanged,
}
