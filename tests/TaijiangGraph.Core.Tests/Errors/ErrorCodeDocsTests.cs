using System.Text.RegularExpressions;

namespace TaijiangGraph.Core.Tests.Errors;

/// <summary>
/// docs/errors.md and <c>ErrorCodes</c> agree in both directions: every code is documented in a table (first column,
/// as <c>`CODE`</c>; a prefix as <c>`PREFIX&lt;…&gt;`</c>), and every code a table documents is a constant.
/// </summary>
public sealed partial class ErrorCodeDocsTests
{
    [Fact]
    public void Every_error_code_is_documented_in_a_table_of_docs_errors_md()
    {
        var documented = DocumentedCodes();

        Assert.Empty(ErrorCodeList.Codes.Where(e => !documented.Contains(e.Value)).Select(e => e.ToString()));
        Assert.Empty(
            ErrorCodeList
                .Prefixes.Where(e => !documented.Any(d => d.StartsWith(e.Value + "<", StringComparison.Ordinal)))
                .Select(e => e.ToString())
        );
    }

    [Fact]
    public void Every_code_documented_in_a_table_is_an_error_code()
    {
        var codes = ErrorCodeList.Codes.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        var prefixes = ErrorCodeList.Prefixes.Select(e => e.Value).ToList();

        var unknown = DocumentedCodes()
            .Where(d =>
                Pattern().Match(d) is { Success: true } m && m.Groups["placeholder"].Success
                    ? !prefixes.Contains(m.Groups["prefix"].Value)
                    : !codes.Contains(d)
            );

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_error_code_is_in_exactly_one_group()
    {
        Assert.True(ErrorCodeList.All.Count > 60, $"Only {ErrorCodeList.All.Count} codes found by reflection.");
        Assert.Empty(ErrorCodeList.All.GroupBy(e => e.Value).Where(g => g.Count() > 1).Select(g => string.Join(", ", g)));
        Assert.All(ErrorCodeList.All, e => Assert.Matches("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_?$", e.Value));
        Assert.Empty(typeof(TaijiangGraph.Core.Errors.ErrorCodes).GetFields());
    }

    [Fact]
    public void The_docs_tables_are_read()
    {
        var documented = DocumentedCodes();

        // One code of each section, so that a change of the table layout cannot make the tests above pass empty.
        Assert.Contains("UNAUTHENTICATED", documented);
        Assert.Contains("HTTP_<status>", documented);
        Assert.Contains("MAX_DEPTH", documented);
        Assert.Contains("FORBIDDEN_CONDITIONAL", documented);
        Assert.Contains("PROVIDER_CHANGED", documented);
        Assert.Contains("KEY_REQUIRED", documented);
        Assert.DoesNotContain("DATE_YEAR", documented); // named in a meaning column, not a code
    }

    /// <summary>The <c>`CODE`</c> spans of the first cell of every table row of docs/errors.md (header and rule rows excluded).</summary>
    private static HashSet<string> DocumentedCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot.Path, "docs", "errors.md")))
        {
            var cells = line.Trim().Split('|');
            if (
                cells.Length < 3
                || cells[0].Length != 0
                || cells[1].Trim() is "code" or ""
                || cells[1].Trim().StartsWith("---", StringComparison.Ordinal)
            )
            {
                continue;
            }

            foreach (Match span in Span().Matches(cells[1]))
            {
                var code = span.Groups[1].Value;
                Assert.Matches(Pattern(), code);
                codes.Add(code);
            }
        }

        return codes;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Span();

    [GeneratedRegex("^(?<prefix>[A-Z][A-Z0-9_]*_)(?<placeholder><[a-z]+>)$|^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex Pattern();
}
