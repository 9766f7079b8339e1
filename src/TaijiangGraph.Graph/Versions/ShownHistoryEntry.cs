using System.Text.Json;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.Versions;

/// <summary>A history entry as one caller sees it: with its previous values only when <see cref="WithValues"/>
/// (<see cref="RecordHistoryAccess"/>).</summary>
internal sealed record ShownHistoryEntry(RecordHistoryEntry Entry, bool WithValues)
{
    /// <summary>The previous values in the entry's order; null when not shown or when the entry has none.</summary>
    public IReadOnlyList<RecordItemValue>? PreviousValues()
    {
        if (!WithValues || Entry.PreviousValuesJson is not { } json)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return
        [
            .. document
                .RootElement.EnumerateObject()
                .Select(p => new RecordItemValue(
                    p.Name,
                    p.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => p.Value.GetString(),
                        _ => p.Value.GetRawText(),
                    }
                )),
        ];
    }
}
