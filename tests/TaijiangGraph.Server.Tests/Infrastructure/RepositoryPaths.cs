namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>Paths of the repository the tests were built from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding <c>TaijiangGraph.sln</c>, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string SchemaFile => Path.Combine(Root, "schema.graphql");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TaijiangGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TaijiangGraph.sln above {AppContext.BaseDirectory}.");
    }
}
