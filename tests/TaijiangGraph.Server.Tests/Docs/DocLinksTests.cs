using System.Diagnostics;
using System.Text.RegularExpressions;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Docs;

/// <summary>
/// The documentation lives in the repository: every relative link of <c>README.md</c> and <c>docs/*.md</c> resolves
/// to a file (and heading) inside it, the README links every page of <c>docs/</c>, and no tracked file points
/// at the design folder beside the clone.
/// </summary>
public sealed partial class DocLinksTests
{
    // Built from parts so that this file does not contain the string it looks for.
    private static readonly string OutsidePath = ".." + "/shared";

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetRelativePath(RepositoryPaths.Root, page).Replace('\\', '/'));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_resolves_inside_the_repository(string page)
    {
        var path = Path.Combine(RepositoryPaths.Root, page);
        var links = RelativeLinks(File.ReadAllText(path)).ToList();
        var broken = new List<string>();
        foreach (var link in links)
        {
            var (file, anchor) = Split(link);
            var target = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (
                !target.StartsWith(RepositoryPaths.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || !(File.Exists(target) || Directory.Exists(target))
            )
            {
                broken.Add($"{link}: no such file in the repository");
            }
            else if (
                anchor is not null
                && target.EndsWith(".md", StringComparison.Ordinal)
                && !Anchors(File.ReadAllText(target)).Contains(anchor)
            )
            {
                broken.Add($"{link}: no heading with the anchor #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, $"{page}: {string.Join("; ", broken)}");
    }

    [Fact]
    public void The_readme_links_every_page_of_docs()
    {
        var linked = RelativeLinks(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")))
            .Select(l => Split(l).File)
            .ToHashSet(StringComparer.Ordinal);
        var pages = Directory
            .GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p))
            .ToList();

        Assert.Contains("docs/regulation.md", pages);
        var unlinked = pages.Where(p => !linked.Contains(p)).ToList();
        Assert.True(unlinked.Count == 0, "README.md does not link " + string.Join(", ", unlinked));
    }

    [Fact]
    public void No_tracked_file_refers_to_the_design_folder_outside_the_repository()
    {
        var files = TrackedFiles();
        Assert.Contains("README.md", files);

        var offenders = files
            .Select(f => Path.Combine(RepositoryPaths.Root, f))
            .Where(File.Exists)
            .Where(f => File.ReadAllText(f).Contains(OutsidePath, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>Targets of markdown links <c>[text](target)</c> outside code, without absolute URLs.</summary>
    private static IEnumerable<string> RelativeLinks(string markdown)
    {
        var prose = InlineCode().Replace(FencedCode().Replace(markdown, ""), "");
        return Link()
            .Matches(prose)
            .Select(m => m.Groups["target"].Value)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith("mailto:", StringComparison.Ordinal));
    }

    private static (string File, string? Anchor) Split(string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (link, null) : (link[..hash], link[(hash + 1)..]);
    }

    /// <summary>The anchors of a page's headings, as GitHub makes them: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static HashSet<string> Anchors(string markdown) =>
        Heading().Matches(FencedCode().Replace(markdown, "")).Select(m => Slug(m.Groups["title"].Value)).ToHashSet(StringComparer.Ordinal);

    private static string Slug(string title) =>
        string.Concat(title.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');

    private static List<string> TrackedFiles()
    {
        var start = new ProcessStartInfo("git", ["ls-files", "-z"])
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var git = Process.Start(start) ?? throw new InvalidOperationException("git did not start.");
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git ls-files failed: " + git.StandardError.ReadToEnd());
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\[[^\]\n]*\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.+?)\s*#*\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
