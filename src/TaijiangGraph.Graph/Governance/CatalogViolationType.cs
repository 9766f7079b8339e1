using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Governance;

/// <summary>GraphQL type <c>CatalogViolation</c>: one rule a submitted catalog breaks.</summary>
internal sealed class CatalogViolationType : ObjectGraphType<CatalogViolation>
{
    public CatalogViolationType()
    {
        Name = "CatalogViolation";
        Description = "A catalog rule the submitted catalog breaks.";
        Field(v => v.Code).Description("Stable code, e.g. LEGAL_BASIS_REQUIRED.");
        Field(v => v.Resource, nullable: true).Description("API name of the resource concerned.");
        Field(v => v.Item, nullable: true).Description("API name of the item concerned.");
        Field(v => v.Message);
    }
}
