using System.Reflection;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Tests.Errors;

/// <summary>
/// The codes of <see cref="ErrorCodes"/>, read by reflection over the <c>const</c> fields of its nested groups. A value
/// ending in <c>_</c> is a prefix (the code is the prefix and a number, docs/errors.md writes <c>PREFIX&lt;…&gt;</c>).
/// </summary>
internal static class ErrorCodeList
{
    public sealed record Entry(string Group, string Name, string Value)
    {
        public bool IsPrefix => Value.EndsWith('_');

        public override string ToString() => $"ErrorCodes.{Group}.{Name} = {Value}";
    }

    public static IReadOnlyList<Entry> All { get; } =
    [
        .. typeof(ErrorCodes)
            .GetNestedTypes(BindingFlags.Public)
            .SelectMany(group =>
                group
                    .GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                    .Select(f => new Entry(group.Name, f.Name, (string)f.GetRawConstantValue()!))
            )
            .OrderBy(e => e.Value, StringComparer.Ordinal),
    ];

    public static IReadOnlyList<Entry> Codes => [.. All.Where(e => !e.IsPrefix)];

    public static IReadOnlyList<Entry> Prefixes => [.. All.Where(e => e.IsPrefix)];
}
