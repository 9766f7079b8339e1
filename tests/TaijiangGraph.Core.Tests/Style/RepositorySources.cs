using TaijiangGraph.Core.Tests.Errors;

namespace TaijiangGraph.Core.Tests.Style;

/// <summary>The C# files of the repository's projects, tests and benchmarks, without generated migrations and build output.</summary>
internal static class RepositorySources
{
    public static IEnumerable<string> Files(params string[] folders) =>
        folders
            .Select(f => Path.Combine(RepositoryRoot.Path, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "obj" or "bin" or "Migrations" or "node_modules"))
            .Order(StringComparer.Ordinal);

    public static string Read(string file) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, file));
}
