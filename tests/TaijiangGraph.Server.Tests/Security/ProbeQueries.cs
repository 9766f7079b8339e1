using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.DataGraph;
using TaijiangGraph.Graph.Filtering;
using static TaijiangGraph.Server.Tests.Security.SampleGraph;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// The canary sweep's requests, generated from the catalog so that a new item or link is swept too: every field
/// of every resource (connection, by-key, every link and reverse link), every filter field (two operators) and sort
/// key of every item (top level and in reverse connections), the catalog queries and introspection.
/// </summary>
public static class ProbeQueries
{
    private const string PageInfo = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    /// <summary>Data reads; <paramref name="samples"/> holds one row per resource as its provider reads it (values for
    /// arguments).</summary>
    public static IEnumerable<Probe> Data(DataCatalog catalog, IReadOnlyDictionary<string, JsonElement> samples)
    {
        foreach (var r in catalog.PublishedResources)
        {
            var (conn, items, sample) = (ConnectionField(r), ItemFields(r), samples[r.ApiName]);
            var byKey = $"{ByKeyField(r)}({Field(r.Key)}: {Literal(sample, r.Key)})";
            var links = Links(catalog, r).Select(l => $"{l.Field} {{ {ItemFields(l.Target)} }}").ToList();
            var reverses = Reverses(catalog, r).Select(v => (v.Field, v.Child, Selection: ReverseSelection(catalog, v.Child))).ToList();

            yield return new(
                $"{r.ApiName}: every item",
                $"{{ {conn}(first: 5) {{ totalCount {PageInfo} edges {{ cursor node {{ {items} }} }} nodes {{ {items} }} }} }}",
                CursorPath: [conn, "pageInfo", "endCursor"]
            );
            yield return new($"{r.ApiName}: by key", $"{{ {byKey} {{ {items} }} }}");
            foreach (var link in links)
            {
                yield return new($"{r.ApiName}: link {link}", $"{{ {conn}(first: 5) {{ nodes {{ {items} {link} }} }} }}");
                yield return new($"{r.ApiName}: by key, link {link}", $"{{ {byKey} {{ {Field(r.Key)} {link} }} }}");
            }

            foreach (var (field, _, selection) in reverses)
            {
                yield return new(
                    $"{r.ApiName}: reverse {field}",
                    $"{{ {conn}(first: 5) {{ nodes {{ {Field(r.Key)} {field}(first: 3) {{ {selection} }} }} }} }}"
                );
                yield return new($"{r.ApiName}: by key, reverse {field}", $"{{ {byKey} {{ {field} {{ {selection} }} }} }}");
            }

            var everything = string.Join(' ', [items, .. links, .. reverses.Select(v => $"{v.Field}(first: 3) {{ {v.Selection} }}")]);
            yield return new(
                $"{r.ApiName}: everything",
                $"{{ {conn}(first: 5) {{ nodes {{ {everything} }} }} {byKey} {{ {everything} }} }}"
            );

            foreach (var item in Items(r))
            {
                foreach (var predicate in Predicates(sample, item))
                {
                    yield return new(
                        $"{r.ApiName}: where {predicate}",
                        $"{{ {conn}(where: {{ {predicate} }}, first: 5) {{ totalCount nodes {{ {items} }} }} }}"
                    );
                }

                yield return new(
                    $"{r.ApiName}: order {Field(item)}",
                    $"{{ {conn}(order: [{{ {Field(item)}: ASC }}], first: 5) {{ {PageInfo} nodes {{ {items} }} }} }}",
                    CursorPath: [conn, "pageInfo", "endCursor"]
                );
            }

            foreach (var (field, child, _) in reverses)
            {
                foreach (var item in Items(child))
                {
                    var predicate = Predicates(samples[child.ApiName], item).First();
                    var childItems = ItemFields(child);
                    yield return new(
                        $"{r.ApiName}: reverse {field} where {predicate}",
                        $"{{ {conn}(first: 5) "
                            + $"{{ nodes {{ {field}(where: {{ {predicate} }}, first: 3) {{ totalCount nodes {{ {childItems} }} }} }} }} }}"
                    );
                    yield return new(
                        $"{r.ApiName}: reverse {field} order {Field(item)}",
                        $"{{ {conn}(first: 5) "
                            + $"{{ nodes {{ {field}(order: [{{ {Field(item)}: DESC }}], first: 3) {{ nodes {{ {childItems} }} }} }} }} }}"
                    );
                }
            }
        }
    }

    /// <summary>Catalog and caller queries (no purpose needed). Providers and the bureau see classified metadata here, never
    /// data.</summary>
    public static IEnumerable<Probe> Catalog(DataCatalog catalog)
    {
        const string item =
            "apiName graphqlField name dataType precision scale "
            + "sharingType "
            + "legalBasis "
            + "maskingRule isKey "
            + "isLookup "
            + "reference { resource item linkName reverseName } retired notes";
        const string resource =
            "code apiName pluralApiName graphqlType "
            + "name summary "
            + "provider { "
            + "code name "
            + "} format "
            + "updateCycle status "
            + "version items { "
            + item
            + " }";
        yield return new(
            "me",
            "{ me { user name department { code name } roles app "
                + "activeGrants { "
                + "id grantee "
                + "resource "
                + "items { item "
                + "liftMask } purpose rowScope validFrom validTo approver state } } }"
        );
        yield return new("departments", "{ departments { code name } }");
        yield return new("resources", $"{{ resources {{ {resource} }} }}");
        yield return new("classified resources", $"{{ resources(sharingType: CLASSIFIED) {{ {resource} }} }}");
        foreach (var r in catalog.Resources)
        {
            yield return new($"resource {r.Code}", $"{{ resource(code: \"{r.Code}\") {{ {resource} }} }}");
        }
    }

    /// <summary>Introspection: the whole schema, and each generated type on its own.</summary>
    public static IEnumerable<Probe> Introspection(DataCatalog catalog)
    {
        const string fields =
            "name description fields(includeDeprecated: true) { name description args { name description } type { "
            + "name kind ofType { name kind ofType { name } } } } "
            + "inputFields { name description } enumValues(includeDeprecated: true) { name description }";
        yield return new(
            "__schema",
            $"{{ __schema {{ queryType {{ name }} types {{ {fields} }} directives {{ name args {{ name }} }} }} }}"
        );
        foreach (
            var type in catalog
                .PublishedResources.Select(TypeName)
                .SelectMany(t => new[] { t, t + "FilterInput", t + "SortInput", t + "Connection", t + "Edge" })
        )
        {
            yield return new($"__type {type}", $"{{ __type(name: \"{type}\") {{ {fields} }} }}");
        }
    }

    private static string ReverseSelection(DataCatalog catalog, CatalogResource child)
    {
        var items = ItemFields(child);
        var links = string.Join(' ', Links(catalog, child).Select(l => $"{l.Field} {{ {ItemFields(l.Target)} }}"));
        return $"totalCount {PageInfo} edges {{ cursor node {{ {items} }} }} nodes {{ {items} {links} }}";
    }

    /// <summary>
    /// Two predicates on the item, with a value from the sample row: <c>eq</c> (the lookup path for masked lookup keys), and
    /// <c>contains</c> on text or <c>gt</c> on numbers and dates (the predicate path no lookup excuses).
    /// </summary>
    private static IEnumerable<string> Predicates(JsonElement sample, CatalogItem item)
    {
        yield return $"{Field(item)}: {{ eq: {Literal(sample, item)} }}";
        var operators = OperationFilterInputType.OperatorsOf(item.Type.Kind).ToList();
        if (operators.Contains(FilterOperator.Contains))
        {
            var text = Text(sample, item);
            yield return $"{Field(item)}: {{ contains: {JsonSerializer.Serialize(text[..Math.Min(2, text.Length)])} }}";
        }
        else if (operators.Contains(FilterOperator.Gt))
        {
            yield return $"{Field(item)}: {{ gt: {Literal(sample, item)} }}";
        }
    }

    /// <summary>The sample's value of the item as a GraphQL literal; a typed stand-in when the sample holds null.</summary>
    private static string Literal(JsonElement sample, CatalogItem item) =>
        sample.TryGetProperty(Field(item), out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String
                ? JsonSerializer.Serialize(v.GetString())
                : v.GetRawText()
            : item.Type.Kind switch
            {
                DataKind.Int or DataKind.Decimal => "1",
                DataKind.Date => "\"2020-01-01\"",
                DataKind.DateTime => "\"2020-01-01T00:00:00Z\"",
                DataKind.Bool => "true",
                _ => "\"x\"",
            };

    private static string Text(JsonElement sample, CatalogItem item) =>
        sample.TryGetProperty(Field(item), out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "x";
}
