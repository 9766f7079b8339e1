using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// The deterministic JSON of a history entry (docs/architecture.md, "Record versions"): item names as an array; previous values as
/// an object in the given (catalog) order, each stored type in one form: strings as strings, integers and decimals as numbers
/// (decimals with their scale, e.g. <c>1.50</c>), dates as <c>yyyy-MM-dd</c>, date-times as UTC <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>,
/// booleans as <c>true</c>/<c>false</c>, null as <c>null</c>.
/// </summary>
internal static class RecordValuesJson
{
    public static string Names(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToArray());

    public static IReadOnlyList<string> ParseNames(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Values(IEnumerable<KeyValuePair<string, object?>> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (item, value) in values)
            {
                writer.WritePropertyName(item);
                Write(writer, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal amount:
                writer.WriteRawValue(amount.ToString(CultureInfo.InvariantCulture));
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateOnly day:
                writer.WriteStringValue(day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture));
                break;
            case DateTime moment:
                var utc = moment.Kind == DateTimeKind.Utc ? moment : moment.ToUniversalTime();
                writer.WriteStringValue(utc.ToString(@"yyyy\-MM\-dd\THH\:mm\:ss.ffffff\Z", CultureInfo.InvariantCulture));
                break;
            default:
                throw new NotSupportedException($"No history form for a value of type {value.GetType().Name}.");
        }
    }
}
