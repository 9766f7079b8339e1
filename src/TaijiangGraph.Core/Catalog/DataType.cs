namespace TaijiangGraph.Core.Catalog;

/// <summary>An item's data type; decimals carry precision and scale (exact, at most 18 digits).</summary>
public sealed record DataType(DataKind Kind, int Precision = 0, int Scale = 0)
{
    /// <summary>The largest precision a decimal may have: scaled values must fit a 64-bit integer.</summary>
    public const int MaxDecimalPrecision = 18;

    public static DataType String { get; } = new(DataKind.String);
    public static DataType Int { get; } = new(DataKind.Int);
    public static DataType Date { get; } = new(DataKind.Date);
    public static DataType DateTime { get; } = new(DataKind.DateTime);
    public static DataType Bool { get; } = new(DataKind.Bool);

    public static DataType Decimal(int precision, int scale) => new(DataKind.Decimal, precision, scale);

    /// <summary>The textual form used in the catalog file and the graph, e.g. <c>decimal(18,2)</c>.</summary>
    public override string ToString() =>
        Kind switch
        {
            DataKind.Decimal => $"decimal({Precision},{Scale})",
            DataKind.DateTime => "datetime",
            _ => Kind.ToString().ToLowerInvariant(),
        };

    /// <summary>Parses the textual form written by <see cref="ToString"/>.</summary>
    /// <exception cref="FormatException">The text names no data type.</exception>
    public static DataType Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("decimal(", StringComparison.Ordinal) && t.EndsWith(')'))
        {
            var parts = t["decimal(".Length..^1].Split(',');
            if (parts.Length == 2 && int.TryParse(parts[0], out var p) && int.TryParse(parts[1], out var s))
            {
                return Decimal(p, s);
            }
        }

        return t switch
        {
            "string" => String,
            "int" => Int,
            "date" => Date,
            "datetime" => DateTime,
            "bool" => Bool,
            _ => throw new FormatException($"Unknown data type '{text}'."),
        };
    }
}
