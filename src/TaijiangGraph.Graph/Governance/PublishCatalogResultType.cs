using GraphQL.Types;

namespace TaijiangGraph.Graph.Governance;

/// <summary>GraphQL type <c>PublishCatalogResult</c>: the version now served, or why nothing changed.</summary>
internal sealed class PublishCatalogResultType : ObjectGraphType<PublishCatalogResult>
{
    public PublishCatalogResultType()
    {
        Name = "PublishCatalogResult";
        Description = "Outcome of a catalog publication.";
        Field(r => r.Published).Description("True when the new version is now served.");
        Field(r => r.Version).Description("The catalog version served after the call.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogViolationType>>>>("violations")
            .Description("Every rule the submitted catalog breaks; empty when published.")
            .Resolve(c => c.Source.Violations);
    }
}
