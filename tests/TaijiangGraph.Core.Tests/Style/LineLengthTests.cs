namespace TaijiangGraph.Core.Tests.Style;

/// <summary>docs/architecture.md (Code style): no line of C# is longer than the 140 characters <c>.editorconfig</c> sets.</summary>
public sealed class LineLengthTests
{
    private const int MaxLineLength = 140;

    [Fact]
    public void No_source_line_is_longer_than_140_characters()
    {
        var files = RepositorySources.Files("src", "tests", "benchmarks").ToList();
        var tooLong = files
            .SelectMany(f => RepositorySources.Read(f).Split('\n').Select((line, i) => (f, Line: i + 1, Length: line.TrimEnd('\r').Length)))
            .Where(l => l.Length > MaxLineLength)
            .Select(l => $"{l.f}:{l.Line} ({l.Length})")
            .ToList();

        Assert.True(files.Count > 100, $"Only {files.Count} files found: the scan does not see the sources.");
        Assert.True(tooLong.Count == 0, "Lines longer than 140 characters:\n" + string.Join('\n', tooLong));
    }
}
