namespace TaijiangGraph.Data.Keys;

/// <summary>Where the key ring lives (configuration section <c>Keys</c>).</summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "Keys";

    /// <summary>
    /// The key ring file (<c>Keys:Path</c>); instances behind one database share one. Null: <c>keyring.json</c> in the
    /// data folder (<see cref="Storage.DatabaseOptions.DataFolder"/>).
    /// </summary>
    public string? Path { get; set; }
}
