using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// What a caller sees of a record's history (docs/data-in.md, "Record history"): the previous values only whoever may write the
/// resource (<see cref="RecordWriteAccess"/>); the bureau every entry without values; anyone else the entries without values, and
/// only of a record it could read by its key through a normal read (the key item readable unmasked, the record within its row scope,
/// not deleted), else the answer of an unknown key.
/// </summary>
public static class RecordHistoryAccess
{
    /// <summary>How much of the history of <paramref name="resource"/>'s records <paramref name="caller"/> sees.</summary>
    public static RecordHistoryView Of(Principal caller, CatalogResource resource) =>
        RecordWriteAccess.MayWrite(caller, resource) ? RecordHistoryView.WithValues
        : caller.IsBureau ? RecordHistoryView.WithoutValues
        : RecordHistoryView.WhenKeyReadable;
}
