using System.Globalization;

namespace TaijiangGraph.LoadHarness;

/// <summary>The <c>--name value</c> pairs after the mode.</summary>
internal sealed class HarnessArguments
{
    private readonly Dictionary<string, string> _values;

    private HarnessArguments(Dictionary<string, string> values) => _values = values;

    public static HarnessArguments Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i += 2)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= list.Count)
            {
                throw new ArgumentException($"Expected '--option value', got '{list[i]}'.");
            }

            values[list[i][2..]] = list[i + 1];
        }

        return new HarnessArguments(values);
    }

    public string Text(string name) => _values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.");

    public string? OptionalText(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int? fallback = null)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback ?? throw new ArgumentException($"--{name} is required.");
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"--{name} must be a positive integer, got '{text}'.");
    }

    /// <summary><c>--query</c>: one of <see cref="LoadRequests.Shapes"/>.</summary>
    public string Shape()
    {
        var shape = OptionalText("query") ?? "mixed";
        return LoadRequests.Shapes.Contains(shape)
            ? shape
            : throw new ArgumentException($"--query must be one of {string.Join(", ", LoadRequests.Shapes)}.");
    }

    public bool Flag(string name) => _values.TryGetValue(name, out var v) && bool.Parse(v);
}
