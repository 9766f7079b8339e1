using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Masking;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Execution;
using TaijiangGraph.Graph.Filtering;
using TaijiangGraph.Graph.Loading;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Policy;
using TaijiangGraph.Graph.Sorting;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// The resolvers of the generated graph. Reads select only the columns the selection needs and the caller
/// may read, always AND the request's row scope into the filter, and load links and reverse links in
/// batches (one query per field and level, not per row). The services are the schema factory's (singletons); what
/// belongs to one request comes from its <see cref="GraphRequestContext"/>.
/// </summary>
public sealed class DataResolvers(IDatasetReader reader, CursorCodec cursors, MaskingKeys masking)
{
    public static CursorBinding Binding(GraphRequestContext request, string field, FilterNode? where, IReadOnlyList<SortKey> order) =>
        new(request.Principal.Department, request.Catalog.Version, field, CursorSignature.Of(where, order));

    /// <summary>An item's value: raw, masked, or null with a recorded denial.</summary>
    public IFieldResolver Item(CatalogResource resource, CatalogItem item) => new FuncFieldResolver<object?>(ctx =>
    {
        var node = (DataNode)ctx.Source!;
        var request = ctx.Request();
        var decision = request.Access.Decide(resource, item);
        request.Audit.For(resource).Field(item.ApiName, decision);
        return decision.Kind switch
        {
            // A masked item is typed String: its raw value is written as text too.
            AccessKind.Raw => item.Mask == MaskingRule.None ? node.Row[item.ApiName] : Masker.Apply(MaskingRule.None, node.Row[item.ApiName], () => default),
            AccessKind.Masked => Masker.Apply(decision.Mask, node.Row[item.ApiName], () => masking.For(request.Principal.Department)),
            _ => Deny(ctx, request, resource, item, decision),
        };
    });

    public IFieldResolver Connection(CatalogResource resource, IObjectGraphType nodeType) => new FuncFieldResolver<object?>(async ctx =>
    {
        var request = ctx.Request();
        var (where, order, first, position, binding) = PagingArguments(ctx, request, resource);
        var filter = RowScopeFilters.And(where, request.Access.ScopeFilter(resource));
        var columns = SelectionPlanner.ForConnection(ctx, nodeType, resource);
        var rows = await reader.PageAsync(request.Catalog, new DatasetQuery(resource, columns, filter, order, position, first + 1), ctx.CancellationToken);
        return Page(ctx, resource, rows, first, position is not null, binding, order, c => reader.CountAsync(request.Catalog, resource, filter, c));
    });

    public IFieldResolver ByKey(CatalogResource resource, IObjectGraphType nodeType) => new FuncFieldResolver<object?>(ctx =>
    {
        var key = ItemValues.Normalize(resource.Key, ctx.Arguments![GraphNames.Camel(resource.Key.ApiName)].Value);
        return key is null ? null : KeyLoader(ctx, resource, nodeType).Load(key);
    });

    public IFieldResolver Link(CatalogItem linkingItem, CatalogResource target, IObjectGraphType targetType) => new FuncFieldResolver<object?>(ctx =>
    {
        var value = ((DataNode)ctx.Source!).Row[linkingItem.ApiName];
        return value is null ? null : KeyLoader(ctx, target, targetType).Load(value);
    });

    /// <summary>A reverse connection: the rows of <paramref name="child"/> whose <paramref name="referencing"/> item holds the parent's key.</summary>
    public IFieldResolver Reverse(CatalogResource child, CatalogItem referencing, IObjectGraphType childType) => new FuncFieldResolver<object?>(ctx =>
    {
        var parent = (DataNode)ctx.Source!;
        var parentKey = parent.Row[parent.Resource.Key.ApiName];
        if (parentKey is null)
        {
            return null;
        }

        var request = ctx.Request();
        var (where, order, first, position, binding) = PagingArguments(ctx, request, child);
        var columns = SelectionPlanner.ForConnection(ctx, childType, child);
        var loader = (BatchLoader<object, ConnectionPage>)request.Loaders.GetOrAdd(ctx.FieldAst, _ => new BatchLoader<object, ConnectionPage>(async (keys, ct) =>
        {
            var scoped = RowScopeFilters.And(where, request.Access.ScopeFilter(child));
            var rows = await reader.WhereInAsync(request.Catalog, child, referencing.ApiName, keys, columns, scoped, order, first + 1, position, ct);
            var counts = new Lazy<Task<IReadOnlyDictionary<object, long>>>(() => reader.CountByAsync(request.Catalog, child, referencing.ApiName, keys, scoped, ct));
            return keys.ToDictionary(k => k, k => Page(ctx, child, rows.Where(r => Equals(r[referencing.ApiName], k)).ToList(), first, position is not null, binding, order,
                async c => (await counts.Value).TryGetValue(k, out var n) ? n : 0));
        }));
        return loader.Load(parentKey);
    });

    private BatchLoader<object, DataNode> KeyLoader(IResolveFieldContext ctx, CatalogResource resource, IObjectGraphType nodeType)
    {
        var request = ctx.Request();
        var columns = SelectionPlanner.ForObject(ctx, nodeType, resource);
        var key = (resource.ApiName, string.Join(',', columns));
        return (BatchLoader<object, DataNode>)request.Loaders.GetOrAdd(key, _ => new BatchLoader<object, DataNode>(async (keys, ct) =>
        {
                var rows = await reader.WhereInAsync(request.Catalog, resource, resource.Key.ApiName, keys, columns, request.Access.ScopeFilter(resource), [], null, null, ct);
            request.Audit.Rows(resource, rows);
            return rows.Where(r => r[resource.Key.ApiName] is not null).ToDictionary(r => r[resource.Key.ApiName]!, r => new DataNode(resource, r));
        }));
    }

    private (FilterNode? Where, IReadOnlyList<SortKey> Order, int First, KeysetPosition? Position, CursorBinding Binding) PagingArguments(
        IResolveFieldContext ctx, GraphRequestContext request, CatalogResource resource)
    {
        object? Arg(string name) => ctx.Arguments?.TryGetValue(name, out var v) == true ? v.Value : null;
        var where = FilterArgumentParser.Parse(resource, Arg("where"));
        var order = SortArgumentParser.Parse(resource, Arg("order"));
        var first = Arg("first") as int? ?? DataLimits.DefaultPageSize;
        var binding = Binding(request, ctx.ParentType.Name + "." + ctx.FieldDefinition.Name, where, order);
        var position = Arg("after") is string after
            ? cursors.Decode(after, binding, SortItems(resource, order))
                ?? throw new ExecutionError("The cursor is not valid for this caller, field, filter and order.") { Code = ErrorCodes.Policy.InvalidCursor }
            : null;
        return (where, order, first, position, binding);
    }

    private ConnectionPage Page(IResolveFieldContext ctx, CatalogResource resource, IReadOnlyList<DatasetRow> rows, int first, bool hasPrevious,
        CursorBinding binding, IReadOnlyList<SortKey> order, Func<CancellationToken, Task<long>> count)
    {
        ctx.Request().Audit.Rows(resource, rows.Take(first));
        return new ConnectionPage(
            rows.Take(first).Select(r => new DataNode(resource, r)).ToList(),
            rows.Count > first,
            hasPrevious,
            n => cursors.Encode(binding, new KeysetPosition(order.Select(k => n.Row[k.Item]).ToList(), n.Row.RowId)),
            count);
    }

    private static IReadOnlyList<CatalogItem> SortItems(CatalogResource resource, IReadOnlyList<SortKey> order) =>
        order.Select(k => resource.FindItem(k.Item)!).ToList();

    private static object? Deny(IResolveFieldContext ctx, GraphRequestContext request, CatalogResource resource, CatalogItem item, AccessDecision decision)
    {
        request.Denials.Add(ctx.ResponsePath, resource, item, decision);
        return null;
    }
}
