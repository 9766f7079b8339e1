namespace TaijiangGraph.Data.Storage;

/// <summary>What a fresh database is seeded with (configuration section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Seed the sample catalog, its grants and synthetic records into an empty database.</summary>
    public bool Enabled { get; set; } = true;

    public int RecordsPerResource { get; set; } = 500;

    /// <summary>Seed of the deterministic record generator.</summary>
    public int RandomSeed { get; set; } = 350103;
}
