using System.Text.Json.Serialization;

namespace TaijiangGraph.Core.Catalog;

/// <summary>An information item (信息项) of a resource: one column of its dataset, one field of its graph type.</summary>
public sealed record CatalogItem
{
    /// <summary>API name in snake_case, e.g. <c>legal_rep_id</c>.</summary>
    public required string ApiName { get; init; }

    /// <summary>Chinese name (名称), the field's description in the graph.</summary>
    public required string Name { get; init; }

    public required DataType Type { get; init; }

    public SharingType Sharing { get; init; } = SharingType.Unconditional;

    /// <summary>共享条件/依据; required for conditional and not-shared items.</summary>
    public string? LegalBasis { get; init; }

    public MaskingRule Mask { get; init; } = MaskingRule.None;

    /// <summary>The resource's primary key; exactly one per resource.</summary>
    public bool IsKey { get; init; }

    /// <summary>A lookup key: <c>eq</c>/<c>in</c> allowed to callers who read it masked (核验).</summary>
    public bool IsLookup { get; init; }

    public ItemReference? Reference { get; init; }

    /// <summary>
    /// Declared for filtering and sorting: the dataset DDL indexes the item's column together with the row id, so an
    /// equality filter and a keyset page ordered by the item are index range scans on every provider
    /// (docs/architecture.md, "Dataset indexes"). Key, lookup and reference items are indexed anyway.
    /// </summary>
    public bool Indexed { get; init; }

    /// <summary>A retired item keeps its column but is never read again and leaves the graph.</summary>
    public bool Retired { get; init; }

    /// <summary>The format every value must have; string items only (docs/policy.md, "Value rules").</summary>
    public ValueFormat? Format { get; init; }

    /// <summary>
    /// With <see cref="ValueFormat.Pattern"/> only: a .NET regular expression the whole value must match, at most
    /// <see cref="ValuePatterns.MaxLength"/> characters, evaluated with a match timeout.
    /// </summary>
    public string? Pattern { get; init; }

    /// <summary>The earliest value allowed (inclusive); date and date-time items only (a date-time's UTC date is compared).</summary>
    public DateOnly? MinDate { get; init; }

    /// <summary>The latest value allowed (inclusive); date and date-time items only (a date-time's UTC date is compared).</summary>
    public DateOnly? MaxDate { get; init; }

    /// <summary>Free notes, e.g. the allowed values.</summary>
    public string? Notes { get; init; }

    /// <summary>True when the item has a column in the dataset table (every item except classified ones).</summary>
    [JsonIgnore]
    public bool HasColumn => Sharing != SharingType.Classified;

    /// <summary>True when the item is part of the data graph: it has a column and is not retired.</summary>
    [JsonIgnore]
    public bool IsExposed => HasColumn && !Retired;
}
