using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Policy;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>
/// Adds the push of every published resource to the mutation type (docs/data-in.md, "The push"): <c>upsert&lt;Plural&gt;(records:
/// [&lt;Name&gt;Input!]!): PushResult</c>, e.g. <c>upsertMarketEntities(records: [MarketEntityInput!]!)</c>. The provider's alone;
/// it reads no data and needs no purpose.
/// </summary>
internal static class PushMutationFields
{
    public const string RecordsArgument = "records";

    public static void AddTo(ObjectGraphType mutation, DataCatalog catalog, PushResolvers resolvers)
    {
        var result = new PushResultType();
        foreach (var resource in catalog.PublishedResources)
        {
            var input = new RecordInputType(resource);
            mutation.AddField(
                new FieldType
                {
                    Name = FieldName(resource),
                    Description =
                        $"Insert or update {resource.Name} records by key (provider {resource.Provider} only; at most "
                        + $"{DataLimits.MaxRecordsPerPush} per call; all or nothing). Needs no purpose.",
                    ResolvedType = result,
                    Arguments = new QueryArguments(
                        new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(input))))
                        {
                            Name = RecordsArgument,
                            Description = "The records; a field left out keeps the stored value, null sets null.",
                        }
                    ),
                    Resolver = resolvers.Push(input),
                }.ForResource(resource, DataFieldRole.Push)
            );
        }
    }

    /// <summary>The push field of <paramref name="resource"/>: <c>upsert</c> and its plural name in PascalCase.</summary>
    public static string FieldName(CatalogResource resource) => "upsert" + GraphNames.Pascal(resource.PluralApiName);
}
