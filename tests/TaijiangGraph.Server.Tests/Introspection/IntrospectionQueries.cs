using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Introspection;

/// <summary>
/// The introspection queries of graphql-js <c>getIntrospectionQuery()</c> (the fixtures tools/introspection-query writes)
/// and a nested fan-out built to be refused.
/// </summary>
public static class IntrospectionQueries
{
    /// <summary><c>getIntrospectionQuery()</c> with its default options (what most clients send).</summary>
    public static string Default => Fixture("introspection-default.graphql");

    /// <summary><c>getIntrospectionQuery()</c> with descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription and
    /// inputValueDeprecation on.</summary>
    public static string Full => Fixture("introspection-full.graphql");

    /// <summary>
    /// <c>__schema { types { fields { type { fields { type { … name } } } } } }</c>, <paramref name="levels"/> times
    /// <c>fields { type { … ofType { … } } }</c> deep (the field's type, or the type a non-null wrapper wraps): every
    /// level multiplies by the fields of every type the previous level reached.
    /// </summary>
    public static string FanOut(int levels)
    {
        var selection = "name";
        for (var i = 0; i < levels; i++)
        {
            selection = $"name fields {{ name type {{ {selection} ofType {{ {selection} }} }} }}";
        }

        return $"{{ __schema {{ types {{ {selection} }} }} }}";
    }

    /// <summary>
    /// The fan-out abuse: <c>__schema { types { ...F0 } }</c> where <c>F{i}</c> selects <c>fields { name t0: type { ...F{i+1} } … }</c>
    /// with <paramref name="copies"/> aliased copies of the field's type, <paramref name="levels"/> levels deep
    /// (depth 2 + 2 × levels, within <c>MaxDepth</c> up to 6 levels): the answer grows by the copies and the fields
    /// of every type reached, level after level.
    /// </summary>
    public static string AliasedFanOut(int copies, int levels)
    {
        var query = new System.Text.StringBuilder("{ __schema { types { ...F0 } } }\n");
        for (var i = 0; i < levels; i++)
        {
            var next = i + 1 < levels ? $"...F{i + 1}" : "name";
            var types = string.Concat(Enumerable.Range(0, copies).Select(c => $" t{c}: type {{ {next} }}"));
            query.Append($"fragment F{i} on __Type {{ name fields {{ name{types} }} }}\n");
        }

        return query.ToString();
    }

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "TaijiangGraph.Server.Tests", "Introspection", "Fixtures", name));
}
