using System.Text.RegularExpressions;

namespace TaijiangGraph.Server.Tests.Infrastructure.Sql;

/// <summary>
/// What a SQL statement names, read from its text well enough for the dataset commands EF Core generates on
/// SQLite, PostgreSQL and SQL Server: the tables (with their aliases), every qualified column reference, the
/// columns of the top-level SELECT list, and whether a <c>*</c> projection occurs. String literals are ignored.
/// </summary>
public sealed partial class SqlShape
{
    private const string Identifier = """(?:"(?:[^"]|"")+"|\[[^\]]+\]|[A-Za-z_][A-Za-z0-9_$]*)""";

    private SqlShape(string sql)
    {
        Text = StringLiteral().Replace(sql, "''");
        IsSelect = LeadingSelect().IsMatch(Text);
        foreach (Match m in TableReference().Matches(Text))
        {
            var table = Unquote(m.Groups["table"].Value);
            Tables.Add(table);
            Aliases[table] = table;
            if (m.Groups["alias"].Success && !Keywords.Contains(m.Groups["alias"].Value))
            {
                Aliases[Unquote(m.Groups["alias"].Value)] = table;
            }
        }

        foreach (Match m in ColumnReference().Matches(Text))
        {
            var qualifier = Unquote(m.Groups["qualifier"].Value);
            var column = Unquote(m.Groups["column"].Value);
            if (Aliases.TryGetValue(qualifier, out var table))
            {
                Columns.Add((table, column));
            }
        }

        SelectList = TopLevelSelectList(Text);
        HasStarProjection = StarProjection().IsMatch(Text);
    }

    /// <summary>The statement with string literals blanked out.</summary>
    public string Text { get; }

    public bool IsSelect { get; }

    /// <summary>Every table named after FROM, JOIN, INTO, UPDATE or TABLE.</summary>
    public ISet<string> Tables { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Alias (or table name used as a qualifier) → table.</summary>
    public IDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Every <c>alias.column</c> whose alias stands for a table (columns of derived tables are not listed).</summary>
    public ISet<(string Table, string Column)> Columns { get; } = new HashSet<(string, string)>();

    /// <summary>The columns the top-level SELECT list names (qualified references only), in order.</summary>
    public IReadOnlyList<string> SelectList { get; }

    /// <summary><c>SELECT *</c> or <c>alias.*</c> anywhere (not <c>COUNT(*)</c>).</summary>
    public bool HasStarProjection { get; }

    public static SqlShape Parse(string sql) => new(sql);

    /// <summary>True when the statement contains <paramref name="name"/> as a whole identifier (quoted or not).</summary>
    public bool NamesIdentifier(string name) =>
        Regex.IsMatch(
            Text,
            $@"(?<![A-Za-z0-9_$]){Regex.Escape(name)}(?![A-Za-z0-9_$])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
        );

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "WHERE",
        "ORDER",
        "GROUP",
        "LIMIT",
        "OFFSET",
        "INNER",
        "LEFT",
        "RIGHT",
        "JOIN",
        "ON",
        "SET",
        "VALUES",
        "UNION",
        "HAVING",
        "FETCH",
    };

    private static string Unquote(string identifier) =>
        identifier switch
        {
            ['"', .. var inner, '"'] => inner.Replace("\"\"", "\"", StringComparison.Ordinal),
            ['[', .. var inner, ']'] => inner,
            _ => identifier,
        };

    private IReadOnlyList<string> TopLevelSelectList(string text)
    {
        var start = LeadingSelect().Match(text);
        if (!start.Success)
        {
            return [];
        }

        var depth = 0;
        var end = text.Length;
        for (var i = start.Length; i < text.Length; i++)
        {
            depth += text[i] switch
            {
                '(' => 1,
                ')' => -1,
                _ => 0,
            };
            if (depth == 0 && char.IsWhiteSpace(text[i]) && FromKeyword().IsMatch(text, i + 1))
            {
                end = i;
                break;
            }
        }

        var list = text[start.Length..end];
        return ColumnReference().Matches(list).Select(m => Unquote(m.Groups["column"].Value)).ToList();
    }

    [GeneratedRegex(@"\GFROM\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromKeyword();

    [GeneratedRegex("'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^\s*SELECT\b(\s+DISTINCT\b)?(\s+TOP\s*\(\s*[^)]*\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingSelect();

    [GeneratedRegex(
        @"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?<table>" + Identifier + @")(?:\s+(?:AS\s+)?(?<alias>" + Identifier + "))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex TableReference();

    [GeneratedRegex(@"(?<qualifier>" + Identifier + @")\s*\.\s*(?<column>" + Identifier + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnReference();

    [GeneratedRegex(@"(\bSELECT\s+\*|\.\s*\*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StarProjection();
}
