namespace TaijiangGraph.Data.Storage;

/// <summary>The database engines the service runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: SQLite files in the data folder.</summary>
    Sqlite,
    PostgreSql,
    SqlServer,
}
