using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// The JSON form of catalogs (seed documents reuse it): camelCase properties, enums as UPPER_SNAKE_CASE
/// (<c>NOT_SHARED</c>), data types as text (<c>decimal(18,2)</c>), Chinese text unescaped.
/// </summary>
public static class CatalogJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(DataCatalog catalog) => JsonSerializer.Serialize(catalog, Options);

    /// <exception cref="JsonException">The text is not a catalog.</exception>
    public static DataCatalog DeserializeCatalog(string json) =>
        JsonSerializer.Deserialize<DataCatalog>(json, Options) ?? throw new JsonException("The catalog document is empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = true,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.Converters.Add(new DataTypeJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class DataTypeJsonConverter : JsonConverter<DataType>
    {
        public override DataType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException("A data type is required.");
            try
            {
                return DataType.Parse(text);
            }
            catch (FormatException e)
            {
                throw new JsonException(e.Message, e);
            }
        }

        public override void Write(Utf8JsonWriter writer, DataType value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
