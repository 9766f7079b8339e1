namespace TaijiangGraph.Core.Catalog;

/// <summary>Thrown when a catalog that breaks the rules is about to be used or published; carries every violation.</summary>
public sealed class CatalogInvalidException(IReadOnlyList<CatalogViolation> violations)
    : Exception("The catalog is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, violations))
{
    public IReadOnlyList<CatalogViolation> Violations { get; } = violations;
}
