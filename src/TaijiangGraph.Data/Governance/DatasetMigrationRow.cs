namespace TaijiangGraph.Data.Governance;

/// <summary>The dataset DDL applied for one catalog version (table <c>dataset_migrations</c>), for history and recovery.</summary>
public sealed class DatasetMigrationRow
{
    public int CatalogVersion { get; set; }
    public DateTimeOffset AppliedAt { get; set; }
    public required string Sql { get; set; }
}
