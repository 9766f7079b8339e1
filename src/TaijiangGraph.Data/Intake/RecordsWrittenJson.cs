using System.Buffers;
using System.Text;
using System.Text.Json;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Intake;

/// <summary>
/// The <c>after</c> JSON of a <c>RECORDS_WRITTEN</c> governance event (docs/audit.md, "Governance events"): channel, department,
/// app, the batch's counts and, per written record, its key hash, outcome and changed item names. Written with a
/// <see cref="Utf8JsonWriter"/> (no reflection per batch); nothing in it is a record value.
/// </summary>
internal static class RecordsWrittenJson
{
    public static string Write(
        string channel,
        Principal caller,
        (long Inserted, long Updated, long Unchanged) counts,
        IReadOnlyList<(string KeyHash, RecordWriteResult Result)> records
    )
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (records.Count * 128));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("channel", channel);
            json.WriteString("department", caller.Department);
            json.WriteString("app", caller.App);
            json.WriteNumber("inserted", counts.Inserted);
            json.WriteNumber("updated", counts.Updated);
            json.WriteNumber("unchanged", counts.Unchanged);
            json.WriteStartArray("records");
            foreach (var (keyHash, result) in records)
            {
                json.WriteStartObject();
                json.WriteString("keyHash", keyHash);
                json.WriteString("outcome", result.Outcome.ToString());
                json.WriteStartArray("changedItems");
                foreach (var item in result.ChangedItems)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
