namespace TaijiangGraph.Core.Versions;

/// <summary>What an upsert did to one record.</summary>
public enum RecordWriteOutcome
{
    /// <summary>A new key: the record was inserted as version 1.</summary>
    Inserted,

    /// <summary>An existing key with at least one changed value: a new version was written.</summary>
    Updated,

    /// <summary>An existing key whose given values equal the stored ones: no version, no history.</summary>
    Unchanged,
}
