using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TaijiangGraph.Core.Tests.Errors;

/// <summary>
/// The string literals of C# source, found by the C# parser (so comments, XML docs and disabled code are not
/// literals): plain, verbatim, raw and UTF-8 strings, and the text parts of interpolated strings.
/// </summary>
internal static class SourceLiterals
{
    public sealed record Literal(string File, int Line, string Value)
    {
        public override string ToString() => $"{File}:{Line}: \"{Value}\"";
    }

    private static readonly HashSet<SyntaxKind> StringKinds =
    [
        SyntaxKind.StringLiteralToken,
        SyntaxKind.Utf8StringLiteralToken,
        SyntaxKind.SingleLineRawStringLiteralToken,
        SyntaxKind.MultiLineRawStringLiteralToken,
        SyntaxKind.Utf8SingleLineRawStringLiteralToken,
        SyntaxKind.Utf8MultiLineRawStringLiteralToken,
        SyntaxKind.InterpolatedStringTextToken,
    ];

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview);

    public static IEnumerable<Literal> In(string file, string text) =>
        CSharpSyntaxTree
            .ParseText(text, Options)
            .GetRoot()
            .DescendantTokens()
            .Where(t => StringKinds.Contains(t.Kind()))
            .Select(t => new Literal(file, t.GetLocation().GetLineSpan().StartLinePosition.Line + 1, t.ValueText));

    /// <summary>The C# files under <c>src</c>, without EF Core migrations and build output, relative to the repository root with
    /// '/'.</summary>
    public static IEnumerable<string> SourceFiles() =>
        Directory
            .EnumerateFiles(System.IO.Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "obj" or "bin" or "Migrations"))
            .Order(StringComparer.Ordinal);
}
