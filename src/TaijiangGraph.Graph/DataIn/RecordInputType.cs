using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.Filtering;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>
/// The input type of one resource's push (docs/data-in.md, "The push"), e.g. <c>MarketEntityInput</c>: one field per exposed item
/// (classified and retired items have none), typed with the item's stored scalar (a masked item's output is a String, its input
/// is not), the key non-null, every other item nullable. The engine hands the resolver a dictionary of exactly the fields the
/// client gave, from a literal or from variables alike; <see cref="Patch"/> keeps that difference: a field left out leaves the
/// item unchanged, an explicit null sets it to null.
/// </summary>
internal sealed class RecordInputType : InputObjectGraphType
{
    private readonly Dictionary<string, CatalogItem> _items = new(StringComparer.Ordinal);

    public RecordInputType(CatalogResource resource)
    {
        Resource = resource;
        Name = TypeName(resource);
        Description =
            $"One {resource.Name} record to insert or update (by its key, {resource.Key.Name}). "
            + "A field left out keeps the stored value; null sets null.";
        foreach (var item in resource.Items.Where(i => i.IsExposed))
        {
            var scalar = ItemGraphTypes.ScalarType(item.Type.Kind);
            var field = new FieldType
            {
                Name = GraphNames.Camel(item.ApiName),
                Description = item.Name,
                Type = item.IsKey ? typeof(NonNullGraphType<>).MakeGenericType(scalar) : scalar,
            };
            AddField(field);
            _items[field.Name] = item;
        }
    }

    public CatalogResource Resource { get; }

    /// <summary>The input type name of <paramref name="resource"/>: its object type's name and <c>Input</c>.</summary>
    public static string TypeName(CatalogResource resource) => GraphNames.Pascal(resource.ApiName) + "Input";

    /// <summary>
    /// The patch of one coerced input object: its given fields by item API name (the key included), values converted to the
    /// stored CLR type where the engine's differs; a value that does not convert is passed on as it is, for the intake's
    /// validation to refuse.
    /// </summary>
    public RecordPatch Patch(IDictionary<string, object?> values)
    {
        var items = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, value) in values)
        {
            if (_items.TryGetValue(field, out var item))
            {
                items[item.ApiName] = ItemValues.Stored(item, value);
            }
        }

        items.TryGetValue(Resource.Key.ApiName, out var key);
        return new RecordPatch(key!, items);
    }
}
