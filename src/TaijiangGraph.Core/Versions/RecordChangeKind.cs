namespace TaijiangGraph.Core.Versions;

/// <summary>What a history entry records.</summary>
public enum RecordChangeKind
{
    /// <summary>The record was inserted (version 1); no previous values.</summary>
    Inserted,

    /// <summary>Items changed; the entry holds their previous values.</summary>
    Updated,

    /// <summary>An approved deletion hid the record; no values changed.</summary>
    Deleted,
}
