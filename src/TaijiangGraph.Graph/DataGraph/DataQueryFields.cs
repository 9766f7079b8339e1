using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// Adds the data graph of a catalog to the query type: per published resource a by-key field and a
/// connection field, and on the generated types the link fields and the reverse connections the catalog names.
/// </summary>
internal static class DataQueryFields
{
    public static void AddTo(ObjectGraphType query, DataCatalog catalog, DataResolvers resolvers)
    {
        var shared = new SharedGraphTypes();
        var types = catalog.PublishedResources.ToDictionary(
            r => r.ApiName,
            r => new ResourceGraphTypes(r, shared, resolvers),
            StringComparer.Ordinal
        );
        foreach (var t in types.Values)
        {
            var r = t.Resource;
            var key = r.Key;
            query.AddField(
                new FieldType
                {
                    Name = GraphNames.Camel(r.ApiName),
                    Description = $"One {r.Name} record by its key ({key.Name}), or null. Needs a purpose.",
                    ResolvedType = t.Node,
                    Arguments = new QueryArguments(
                        new QueryArgument(
                            new NonNullGraphType((ScalarGraphType)Activator.CreateInstance(ItemGraphTypes.ScalarType(key.Type.Kind))!)
                        )
                        {
                            Name = GraphNames.Camel(key.ApiName),
                        }
                    ),
                    Resolver = resolvers.ByKey(),
                }.ForResource(r, DataFieldRole.ByKey, key)
            );
            query.AddField(
                new FieldType
                {
                    Name = GraphNames.Camel(r.PluralApiName),
                    Description = $"{r.Name}, filtered, ordered and paged. Needs a purpose.",
                    ResolvedType = new NonNullGraphType(t.Connection),
                    Arguments = t.ConnectionArguments(),
                    Resolver = resolvers.Connection(),
                }.ForResource(r, DataFieldRole.Connection)
            );

            foreach (var item in r.Items.Where(i => i.IsExposed && i.Reference is not null))
            {
                if (
                    !types.TryGetValue(item.Reference!.Resource, out var target)
                    && catalog.FindResource(item.Reference.Resource) is { } byCode
                )
                {
                    types.TryGetValue(byCode.ApiName, out target);
                }

                if (target is null)
                {
                    continue; // the referenced resource is not published
                }

                t.Node.AddField(
                    new FieldType
                    {
                        Name = GraphNames.Camel(item.Reference.LinkName),
                        Description =
                            $"The {target.Resource.Name} record that {item.Name} refers to. Needs {item.ApiName} readable unmasked.",
                        ResolvedType = target.Node,
                        Resolver = resolvers.Link(item),
                    }.ForResource(r, DataFieldRole.Link, item)
                );
                if (item.Reference.ReverseName is { } reverse)
                {
                    target.Node.AddField(
                        new FieldType
                        {
                            Name = GraphNames.Camel(reverse),
                            Description = $"{r.Name} records whose {item.Name} refers to this record.",
                            ResolvedType = new NonNullGraphType(t.Connection),
                            Arguments = t.ConnectionArguments(),
                            Resolver = resolvers.Reverse(item),
                        }.ForResource(r, DataFieldRole.Reverse, item)
                    );
                }
            }
        }
    }
}
