namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// How an item of a resource present in both versions differs; the values of an <see cref="ItemChange"/> per kind,
/// in the catalog's JSON text (<c>NOT_SHARED</c>, <c>ID_NUMBER</c>, <c>decimal(18,2)</c>, <c>true</c>).
/// </summary>
public enum ItemChangeKind
{
    /// <summary>A new item; After: its sharing type.</summary>
    Added,

    /// <summary>An item the previous version had and this one lacks; Before: its sharing type.</summary>
    Removed,

    /// <summary>The item was retired (Before <c>false</c>, After <c>true</c>).</summary>
    Retired,

    /// <summary>A retired item came back (Before <c>true</c>, After <c>false</c>).</summary>
    Unretired,

    TypeChanged,

    /// <summary>The sharing type changed, classification included (<c>CLASSIFIED</c> is a sharing type).</summary>
    SharingChanged,

    /// <summary>The legal basis (共享条件/依据) changed; null when absent.</summary>
    LegalBasisChanged,

    MaskChanged,

    /// <summary>The lookup-key flag changed.</summary>
    LookupChanged,

    /// <summary>The reference changed; values read <c>resource.item as link</c> (plus <c> reverse name</c>), null when none.</summary>
    ReferenceChanged,

    /// <summary>The key flag changed.</summary>
    KeyChanged,

    /// <summary>The indexed flag changed: an index comes (or, on the dataset, stays), nothing about sharing changes.</summary>
    IndexedChanged,

    /// <summary>
    /// The value format changed (<c>PHONE</c>, <c>PATTERN /regex/</c>, null when none). Values stored before stay as they
    /// are; the new rule applies to writes from the publication on (docs/policy.md, "Value rules").
    /// </summary>
    FormatChanged,

    /// <summary>The date range changed (<c>2000-01-01..…</c>, null when none); for writes only, like <see cref="FormatChanged"/>.</summary>
    RangeChanged,

    /// <summary>Its name (名称) changed.</summary>
    NameChanged,

    NotesChanged,
}
