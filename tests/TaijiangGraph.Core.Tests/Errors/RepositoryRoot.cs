namespace TaijiangGraph.Core.Tests.Errors;

/// <summary>The folder holding <c>TaijiangGraph.sln</c>, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TaijiangGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TaijiangGraph.sln above {AppContext.BaseDirectory}.");
    }
}
