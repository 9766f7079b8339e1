namespace TaijiangGraph.Core.Versions;

/// <summary>How much of a record's history a caller sees (<see cref="RecordHistoryAccess"/>).</summary>
public enum RecordHistoryView
{
    /// <summary>Every entry with its previous values: the provider department's writers.</summary>
    WithValues,

    /// <summary>Every entry, no values: the bureau.</summary>
    WithoutValues,

    /// <summary>The entries without values, of a record the caller reads by its key; else nothing, as for an unknown key.</summary>
    WhenKeyReadable,
}
