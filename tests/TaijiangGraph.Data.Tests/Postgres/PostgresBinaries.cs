namespace TaijiangGraph.Data.Tests.Postgres;

/// <summary>Finds the folder holding PostgreSQL's <c>initdb</c> and <c>pg_ctl</c>, and says whether PostgreSQL tests must run.</summary>
internal static class PostgresBinaries
{
    /// <summary>
    /// The folder of the binaries, or null with <paramref name="missing"/> saying what was looked for. <c>TAIJIANG_PG_BIN</c>,
    /// when set, is the only folder tried (pointing it at a folder without the tools simulates a machine without PostgreSQL);
    /// otherwise PostgreSQL 15's folder, else initdb on the PATH, else the newest installed version.
    /// </summary>
    public static string? TryFind(out string missing)
    {
        var configured = Environment.GetEnvironmentVariable("TAIJIANG_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            missing = $"PostgreSQL binaries (initdb, pg_ctl) were not found in TAIJIANG_PG_BIN={configured}";
            return HasTools(configured) ? configured : null;
        }

        var candidates = new List<string?> { "/usr/lib/postgresql/15/bin" };
        candidates.AddRange(
            (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator)
                .Where(HasTools)
                .Select(d => Path.GetDirectoryName(ResolveLink(Path.Combine(d, "initdb"))))
        );
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(
                Directory
                    .GetDirectories("/usr/lib/postgresql")
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                    .Select(d => Path.Combine(d, "bin"))
            );
        }

        missing =
            "PostgreSQL binaries (initdb, pg_ctl) "
            + "were not "
            + "found: install "
            + "postgresql-15 "
            + "(apt-get install "
            + "postgresql-15) or set "
            + "TAIJIANG_PG_BIN";
        return candidates.FirstOrDefault(HasTools);
    }

    /// <summary>True when the environment variable <c>CI</c> is set (other than <c>false</c> or <c>0</c>): there PostgreSQL tests never
    /// skip.</summary>
    public static bool Required =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && ci != "0"
        && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static bool HasTools(string? folder) =>
        !string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    private static string ResolveLink(string path) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
}
