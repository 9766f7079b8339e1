using System.Text.RegularExpressions;

namespace TaijiangGraph.Core.Tests.Errors;

/// <summary>
/// Error codes live in one place (docs/errors.md): no source file under <c>src</c> other than the
/// <c>ErrorCodes</c> files spells a code as a string literal, and every code-shaped literal there is either a code
/// of <c>ErrorCodes</c> or a known non-error constant (a governance event kind).
/// </summary>
public sealed partial class ErrorCodeSourceTests
{
    private const string ErrorCodesFolder = "src/TaijiangGraph.Core/Errors/";

    /// <summary>
    /// Code-shaped literals under <c>src</c> that are not error codes: the kinds of governance events (docs/audit.md).
    /// A new one is either an error code (add it to <c>ErrorCodes</c> and docs/errors.md) or belongs here.
    /// </summary>
    private static readonly HashSet<string> NotErrorCodes = new(StringComparer.Ordinal)
    {
        "CATALOG_PUBLISHED",
        "GRANT_ADDED",
        "GRANT_REVOKED",
        "LOOKUP_ENUMERATION_SUSPECTED",
        "RECORDS_WRITTEN",
        "SHARE_APPLICATION_SUBMITTED",
        "SHARE_APPLICATION_FORWARDED",
        "SHARE_APPLICATION_RETURNED",
        "SHARE_APPLICATION_RESUBMITTED",
        "SHARE_APPLICATION_WITHDRAWN",
        "SHARE_APPLICATION_APPROVED",
        "SHARE_APPLICATION_REJECTED",
        "SHARE_APPLICATION_COMMENTED",
        "SHARE_APPLICATION_REVOKED",
        "WORKING_CALENDAR_SET",
        "RECORD_DELETION_REQUESTED",
        "RECORD_DELETION_APPROVED",
        "RECORD_DELETION_REJECTED",
        "RECORD_DELETION_APPROVAL_UNDONE",
    };

    [Fact]
    public void No_source_file_outside_ErrorCodes_spells_an_error_code()
    {
        var files = SourceLiterals.SourceFiles().Where(f => !IsErrorCodesFile(f)).ToList();
        var found = files.SelectMany(f => Offending(f, File.ReadAllText(Path.Combine(RepositoryRoot.Path, f)))).ToList();

        Assert.True(files.Count > 50, $"Only {files.Count} source files found under src.");
        Assert.True(
            found.Count == 0,
            "Use the ErrorCodes constants (src/TaijiangGraph.Core/Errors) instead of these literals:\n" + string.Join("\n", found)
        );
    }

    [Fact]
    public void Every_code_shaped_literal_in_src_is_an_error_code_or_a_known_event_kind()
    {
        var codes = ErrorCodeList.All.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        var unknown = SourceLiterals
            .SourceFiles()
            .Where(f => !IsErrorCodesFile(f))
            .SelectMany(f => SourceLiterals.In(f, File.ReadAllText(Path.Combine(RepositoryRoot.Path, f))))
            .Where(l => CodeShape().IsMatch(l.Value) && !codes.Contains(l.Value) && !NotErrorCodes.Contains(l.Value))
            .ToList();

        Assert.True(
            unknown.Count == 0,
            "Code-shaped literals that are neither in "
                + "ErrorCodes nor "
                + "known event "
                + "kinds (add an "
                + "error code to "
                + "ErrorCodes and "
                + "docs/errors.md):\n"
                + string.Join("\n", unknown)
        );
    }

    [Fact]
    public void Event_kinds_are_not_error_codes()
    {
        var codes = ErrorCodeList.All.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(NotErrorCodes, codes.Contains);
    }

    [Fact]
    public void The_scan_finds_every_code_where_ErrorCodes_defines_it()
    {
        var files = SourceLiterals.SourceFiles().Where(IsErrorCodesFile).ToList();
        var literals = files
            .SelectMany(f => SourceLiterals.In(f, File.ReadAllText(Path.Combine(RepositoryRoot.Path, f))))
            .Select(l => l.Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(files);
        Assert.DoesNotContain(ErrorCodeList.All, e => !literals.Contains(e.Value));
    }

    [Fact]
    public void The_scan_reports_file_and_line_of_a_code_in_any_kind_of_literal()
    {
        const string source = """
            namespace X;
            // "FORBIDDEN_FILTER" in a comment is no literal
            /// <summary>"MALFORMED_JSON" in a doc comment neither</summary>
            static class Y
            {
                const string A = "FORBIDDEN_FILTER";
                static string B(int s) => $"HTTP_{s}";
                static string C => @"MAX_DEPTH";
                static string D => "KEY_COUNT"u8.Length.ToString();
                static string E => "HTTP_404";
                static string F => "Not FORBIDDEN_FILTER";
                static string G => "HTTP_4x";
            }
            """;

        var found = Offending("src/X/Y.cs", source).Select(l => l.ToString()).ToList();

        Assert.Equal(
            new[]
            {
                "src/X/Y.cs:6: \"FORBIDDEN_FILTER\"",
                "src/X/Y.cs:7: \"HTTP_\"",
                "src/X/Y.cs:8: \"MAX_DEPTH\"",
                "src/X/Y.cs:9: \"KEY_COUNT\"",
                "src/X/Y.cs:10: \"HTTP_404\"",
            },
            found
        );
    }

    private static bool IsErrorCodesFile(string file) =>
        file.StartsWith(ErrorCodesFolder, StringComparison.Ordinal)
        && Path.GetFileName(file).StartsWith("ErrorCodes", StringComparison.Ordinal);

    /// <summary>Literals equal to a code or a prefix, or a prefix followed by digits (e.g. <c>HTTP_404</c>).</summary>
    private static IEnumerable<SourceLiterals.Literal> Offending(string file, string text)
    {
        var codes = ErrorCodeList.All.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        return SourceLiterals
            .In(file, text)
            .Where(l =>
                codes.Contains(l.Value)
                || ErrorCodeList.Prefixes.Any(p =>
                    l.Value.StartsWith(p.Value, StringComparison.Ordinal)
                    && l.Value.Length > p.Value.Length
                    && l.Value[p.Value.Length..].All(char.IsAsciiDigit)
                )
            );
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")]
    private static partial Regex CodeShape();
}
