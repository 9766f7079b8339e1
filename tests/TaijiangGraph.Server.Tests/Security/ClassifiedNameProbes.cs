using TaijiangGraph.Core.Catalog;
using static TaijiangGraph.Server.Tests.Security.SampleGraph;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// Invalid requests naming classified items — as a selected field, in a filter or sort (literal, nested, in
/// variables), through a fragment, an alias, a link and a reverse connection, and by the item's snake_case
/// API name — each paired with the same request naming a made-up item instead.
/// </summary>
public static class ClassifiedNameProbes
{
    private const string Slot = "§"; // also written as is in the variables below

    public static IEnumerable<NamePair> All(DataCatalog catalog)
    {
        foreach (var (r, item) in ClassifiedItems(catalog))
        {
            var (conn, byKey, type, key) = (ConnectionField(r), ByKeyField(r), TypeName(r), Field(r.Key));
            var templates = new List<(string Description, string Query, string? Variables)>
            {
                ("selected", $"{{ {conn} {{ nodes {{ {Slot} }} }} }}", null),
                ("selected with an alias", $"{{ {conn}(first: 1) {{ nodes {{ x: {Slot} }} }} }}", null),
                ("selected in an edge", $"{{ {conn}(first: 1) {{ edges {{ node {{ {key} {Slot} }} }} }} }}", null),
                ("selected by key", $"{{ {byKey}({key}: \"x\") {{ {Slot} }} }}", null),
                ("selected in a fragment", $"query {{ {conn} {{ nodes {{ ...F }} }} }} fragment F on {type} {{ {Slot} }}", null),
                ("filtered", $"{{ {conn}(where: {{ {Slot}: {{ eq: \"x\" }} }}) {{ nodes {{ {key} }} }} }}", null),
                (
                    "filtered inside or",
                    $"{{ {conn}(where: {{ or: [{{ {Slot}: {{ contains: \"x\" }} }}] }}) {{ nodes {{ {key} }} }} }}",
                    null
                ),
                ("sorted", $"{{ {conn}(order: [{{ {Slot}: ASC }}]) {{ nodes {{ {key} }} }} }}", null),
                (
                    "filtered through variables",
                    $"query Q($w: {type}FilterInput) " + $"{{ {conn}(where: $w) {{ nodes {{ {key} }} }} }}",
                    """{"w":{"§":{"eq":"x"}}}"""
                ),
                (
                    "sorted through variables",
                    $"query Q($o: [{type}SortInput!]) " + $"{{ {conn}(order: $o) {{ nodes {{ {key} }} }} }}",
                    """{"o":[{"§":"DESC"}]}"""
                ),
            };
            foreach (var parent in catalog.PublishedResources)
            {
                foreach (var (link, _) in Links(catalog, parent).Where(l => l.Target == r))
                {
                    templates.Add(
                        (
                            $"selected through the link {link}",
                            $"{{ {ConnectionField(parent)}(first: 2) {{ nodes {{ {link} {{ {Slot} }} }} }} }}",
                            null
                        )
                    );
                }

                foreach (var (reverse, _) in Reverses(catalog, parent).Where(v => v.Child == r))
                {
                    templates.Add(
                        (
                            $"filtered in the reverse connection {reverse}",
                            $"{{ {ConnectionField(parent)}(first: 2) "
                                + $"{{ nodes {{ {reverse}(where: {{ {Slot}: {{ eq: \"x\" }} }}) {{ nodes {{ {Slot} }} }} }} }} }}",
                            null
                        )
                    );
                }
            }

            foreach (var name in new[] { Field(item), item.ApiName })
            {
                var madeUp = MadeUp(name);
                foreach (var (description, query, variables) in templates)
                {
                    yield return new NamePair(
                        $"{r.ApiName}: {description}",
                        name,
                        madeUp,
                        Make(description, query, variables, name),
                        Make(description, query, variables, madeUp)
                    );
                }
            }
        }
    }

    /// <summary>A name of the same length that no catalog has: the last letter changed.</summary>
    public static string MadeUp(string name) => name[..^1] + (name[^1] == 'q' ? 'z' : 'q');

    private static Probe Make(string description, string query, string? variables, string name) =>
        new(description, query.Replace(Slot, name, StringComparison.Ordinal), variables?.Replace(Slot, name, StringComparison.Ordinal));
}
