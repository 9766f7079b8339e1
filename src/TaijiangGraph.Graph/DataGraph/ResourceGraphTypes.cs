using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// The types generated for one resource: the object type (e.g. <c>MarketEntity</c>), its connection and edge
/// types, and its <c>where</c> and <c>order</c> input types. Classified and retired items appear in none of them. Every object
/// type has <c>recordInfo</c>, every connection field <c>updatedSince</c> (docs/data-in.md, "Incremental reads").
/// </summary>
internal sealed class ResourceGraphTypes
{
    public ResourceGraphTypes(CatalogResource resource, SharedGraphTypes shared, DataResolvers resolvers)
    {
        Resource = resource;
        var name = GraphNames.Pascal(resource.ApiName);
        Node = new ObjectGraphType
        {
            Name = name,
            Description = $"{resource.Name}（信息资源代码 " + $"{resource.Code}，提供部门 " + $"{resource.Provider}）",
        }.ForResource(resource);
        Edge = new ObjectGraphType { Name = name + "Edge", Description = $"An edge of a {name} connection." };
        Connection = new ObjectGraphType { Name = name + "Connection", Description = $"A page of {resource.Name}." };
        Filter = new InputObjectGraphType
        {
            Name = name + "FilterInput",
            Description = $"Filter on {resource.Name}: items " + $"combine with " + $"AND; use and/or to combine filters.",
        };
        Sort = new InputObjectGraphType { Name = name + "SortInput", Description = $"Order of {resource.Name}; the row id breaks ties." };

        Edge.AddField(
            new FieldType
            {
                Name = "cursor",
                ResolvedType = new NonNullGraphType(new StringGraphType()),
                Resolver = new FuncFieldResolver<object?>(c => ((EdgeValue)c.Source!).Page.CursorOf(((EdgeValue)c.Source!).Node)),
            }
        );
        Edge.AddField(
            new FieldType
            {
                Name = "node",
                ResolvedType = new NonNullGraphType(Node),
                Resolver = new FuncFieldResolver<object?>(c => ((EdgeValue)c.Source!).Node),
            }
        );

        Connection.AddField(
            new FieldType
            {
                Name = "nodes",
                ResolvedType = NonNullList(Node),
                Resolver = new FuncFieldResolver<object?>(c => ((ConnectionPage)c.Source!).Nodes),
            }
        );
        Connection.AddField(
            new FieldType
            {
                Name = "edges",
                ResolvedType = NonNullList(Edge),
                Resolver = new FuncFieldResolver<object?>(c =>
                    ((ConnectionPage)c.Source!).Nodes.Select(n => new EdgeValue((ConnectionPage)c.Source!, n)).ToList()
                ),
            }
        );
        Connection.AddField(
            new FieldType
            {
                Name = "pageInfo",
                ResolvedType = new NonNullGraphType(shared.PageInfo),
                Resolver = new FuncFieldResolver<object?>(c => c.Source),
            }
        );
        Connection.AddField(
            new FieldType
            {
                Name = "totalCount",
                Description = "The number of records matching the filter (and the caller's row scope).",
                ResolvedType = new NonNullGraphType(new IntGraphType()),
                Resolver = new FuncFieldResolver<object?>(async c =>
                    await ((ConnectionPage)c.Source!).TotalCountAsync(c.CancellationToken)
                ),
            }
        );

        Filter.AddField(new FieldType { Name = "and", ResolvedType = new ListGraphType(new NonNullGraphType(Filter)) });
        Filter.AddField(new FieldType { Name = "or", ResolvedType = new ListGraphType(new NonNullGraphType(Filter)) });
        foreach (var item in resource.Items.Where(i => i.IsExposed))
        {
            var field = GraphNames.Camel(item.ApiName);
            Filter.AddField(
                new FieldType
                {
                    Name = field,
                    Description = item.Name,
                    ResolvedType = shared.Operations[item.Type.Kind],
                }
            );
            Sort.AddField(
                new FieldType
                {
                    Name = field,
                    Description = item.Name,
                    ResolvedType = shared.SortDirection,
                }
            );
            var output = new FieldType
            {
                Name = field,
                Description = item.Name,
                Type = ItemGraphTypes.OutputType(item),
                Resolver = resolvers.Item(resource, item),
            }.ForResource(resource, DataFieldRole.Item, item);
            output.ApplyDirective("sharing", "type", item.Sharing);
            if (item.Mask != MaskingRule.None)
            {
                output.ApplyDirective("masked", "rule", item.Mask);
            }

            Node.AddField(output);
        }

        Node.AddField(
            new FieldType
            {
                Name = "recordInfo",
                Description = "The record's version, last change and handle (no item value).",
                ResolvedType = new NonNullGraphType(shared.RecordInfo),
                Resolver = resolvers.RecordInfo(resource),
            }.ForResource(resource, DataFieldRole.RecordInfo)
        );
    }

    public CatalogResource Resource { get; }

    public ObjectGraphType Node { get; }

    public ObjectGraphType Edge { get; }

    public ObjectGraphType Connection { get; }

    public InputObjectGraphType Filter { get; }

    public InputObjectGraphType Sort { get; }

    /// <summary>The arguments of a connection field over this resource.</summary>
    public QueryArguments ConnectionArguments() =>
        new(
            new QueryArgument(Filter)
            {
                Name = "where",
                Description = "Filter; every item used must be " + "readable " + "unmasked (lookup " + "keys: eq/in).",
            },
            new QueryArgument(new ListGraphType(new NonNullGraphType(Sort)))
            {
                Name = "order",
                Description = "Sort keys, in order; every " + "item used must be readable unmasked.",
            },
            new QueryArgument(typeof(DateTimeScalar))
            {
                Name = "updatedSince",
                Description = "Only records changed strictly after this instant (recordInfo.updatedAt); deletions are not listed.",
            },
            new QueryArgument(new IntGraphType()) { Name = "first", Description = "Page size: 1 to 100, default 20." },
            new QueryArgument(new StringGraphType())
            {
                Name = "after",
                Description = "Continue after this cursor " + "(from the " + "same field, " + "filter and order).",
            }
        );

    private static NonNullGraphType NonNullList(IGraphType type) => new(new ListGraphType(new NonNullGraphType(type)));

    /// <summary>An edge: a node and the page it belongs to (for its cursor).</summary>
    private sealed record EdgeValue(ConnectionPage Page, DataNode Node);
}
