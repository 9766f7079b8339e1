using System.Text.RegularExpressions;

namespace TaijiangGraph.Core.Tests.Style;

/// <summary>
/// docs/architecture.md (Projects and dependency direction): the namespaces of every project layer without cycles —
/// judged from each file's <c>using TaijiangGraph…</c> directives.
/// </summary>
public sealed partial class NamespaceCycleTests
{
    [Fact]
    public void No_namespaces_of_the_projects_depend_on_each_other_in_a_cycle()
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in RepositorySources.Files("src"))
        {
            var text = RepositorySources.Read(file);
            if (NamespaceLine().Match(text) is not { Success: true } ns)
            {
                continue;
            }

            var from = ns.Groups[1].Value;
            foreach (Match u in UsingLine().Matches(text))
            {
                var to = u.Groups[1].Value;
                if (to != from && !from.StartsWith(to + ".", StringComparison.Ordinal))
                {
                    (edges.TryGetValue(from, out var set) ? set : edges[from] = new(StringComparer.Ordinal)).Add(to);
                }
            }
        }

        var cycles = edges.Keys.Select(n => CycleFrom(n, edges)).OfType<string>().Distinct().ToList();

        Assert.True(edges.Count > 20, $"Only {edges.Count} namespaces with dependencies found: the scan does not see the sources.");
        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join('\n', cycles));
    }

    [Fact]
    public void A_cycle_is_found_when_there_is_one()
    {
        var edges = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
        };

        Assert.Equal("A → B → C → A", CycleFrom("A", edges));
        Assert.Null(CycleFrom("A", new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = [] }));
    }

    /// <summary>A path from <paramref name="start"/> back to itself, printed, or null when there is none.</summary>
    private static string? CycleFrom(string start, IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var path = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Walk(start) ? string.Join(" → ", path) : null;

        bool Walk(string node)
        {
            foreach (var next in edges.TryGetValue(node, out var set) ? set.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                path.Add(next);
                if (next == start || (seen.Add(next) && Walk(next)))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }
    }

    [GeneratedRegex(@"^namespace\s+(TaijiangGraph[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using\s+(TaijiangGraph[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
