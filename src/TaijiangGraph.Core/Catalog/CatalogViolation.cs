namespace TaijiangGraph.Core.Catalog;

/// <summary>One rule a catalog breaks, naming the resource and (when it concerns one) the item.</summary>
/// <param name="Code">Stable machine code, e.g. <c>LEGAL_BASIS_REQUIRED</c>.</param>
public sealed record CatalogViolation(string Code, string? Resource, string? Item, string Message)
{
    public override string ToString() => $"{Code} [{Resource ?? "-"}{(Item is null ? "" : "." + Item)}]: {Message}";
}
