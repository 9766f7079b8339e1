namespace TaijiangGraph.Data.Storage;

/// <summary>
/// Where the service keeps its data (configuration section <c>Database</c>). On SQLite the main database
/// (catalog, grants, governance events, datasets) and the audit trail are separate files in <see cref="DataFolder"/>; on
/// server databases both default to the main connection string.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The data folder: SQLite files and the key ring. Created on start.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Connection string of the main database; for SQLite defaults to <c>{DataFolder}/taijiang.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Connection string of the audit trail; for SQLite defaults to <c>{DataFolder}/audit.db</c>, otherwise to the main
    /// one.</summary>
    public string? AuditConnectionString { get; set; }

    public string MainConnectionString =>
        ConnectionString
        ?? Provider switch
        {
            DatabaseProvider.Sqlite => SqliteFile("taijiang.db"),
            _ => throw new InvalidOperationException($"Database:ConnectionString is required for provider {Provider}."),
        };

    /// <remarks>The SQLite audit file waits at most 3 s for a lock, so a locked trail fails requests closed within their
    /// deadline.</remarks>
    public string AuditTrailConnectionString =>
        AuditConnectionString ?? (Provider == DatabaseProvider.Sqlite ? SqliteFile("audit.db", timeoutSeconds: 3) : MainConnectionString);

    private string SqliteFile(string name, int timeoutSeconds = 30) =>
        $"Data Source={Path.Combine(Path.GetFullPath(DataFolder), name)};Pooling=True;Default Timeout={timeoutSeconds}";
}
