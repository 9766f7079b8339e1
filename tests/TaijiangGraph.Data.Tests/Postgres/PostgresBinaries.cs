namespace TaijiangGraph.Data.Tests.Postgres;

/// <summary>Finds the folder holding PostgreSQL's <c>initdb</c> and <c>pg_ctl</c>.</summary>
internal static class PostgresBinaries
{
    /// <summary>TAIJIANG_PG_BIN, else PostgreSQL 15's folder, else initdb on the PATH, else the newest installed version.</summary>
    public static string Find()
    {
        var candidates = new List<string?> { Environment.GetEnvironmentVariable("TAIJIANG_PG_BIN"), "/usr/lib/postgresql/15/bin" };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(HasTools)
            .Select(d => Path.GetDirectoryName(ResolveLink(Path.Combine(d, "initdb")))));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(HasTools) ?? throw new InvalidOperationException(
            "PostgreSQL binaries (initdb, pg_ctl) were not found: install postgresql-15 (apt-get install postgresql-15) or set TAIJIANG_PG_BIN.");
    }

    private static bool HasTools(string? folder) =>
        !string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static string ResolveLink(string path) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
}
