using System.Collections;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>Reads the coerced values of an input object (GraphQL.NET hands lists as enumerables of boxed values).</summary>
internal static class InputValues
{
    /// <summary>The strings of a list value; empty for null.</summary>
    public static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable list and not string
            ? [.. list.Cast<object?>().Select(v => v as string ?? Convert.ToString(v, null) ?? "")]
            : [];

    /// <summary>The strings of a list value, or null when the value is null (left out).</summary>
    public static IReadOnlyList<string>? OptionalStrings(object? value) => value is null ? null : Strings(value);

    /// <summary>The values of a list value of one CLR type; empty for null.</summary>
    public static IReadOnlyList<T> Of<T>(object? value) => value is IEnumerable list and not string ? [.. list.OfType<T>()] : [];

    /// <summary>The entry <paramref name="name"/> of an input object, or null when it was left out.</summary>
    public static object? Get(IDictionary<string, object?> values, string name) => values.TryGetValue(name, out var value) ? value : null;
}
