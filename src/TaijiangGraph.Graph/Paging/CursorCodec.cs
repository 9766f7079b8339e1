using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Graph.Filtering;

namespace TaijiangGraph.Graph.Paging;

/// <summary>
/// Encrypts keyset positions into opaque cursors (AES-256-GCM with the key ring's cursor key). The binding is
/// the authenticated associated data, so a cursor decrypts only under the department, schema version,
/// field, order and filter it was issued for; anything else, or any tampering, is <c>INVALID_CURSOR</c>.
/// </summary>
public sealed class CursorCodec(IKeyRing keys)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The cursor of <paramref name="position"/>, bound to <paramref name="binding"/>; a fresh nonce each time.</summary>
    public string Encode(CursorBinding binding, KeysetPosition position)
    {
        var key = keys.Current(KeyPurposes.CursorEncryption);
        var plain = JsonSerializer.SerializeToUtf8Bytes(
            new Payload(position.Values.Select(v => v is null ? null : ItemValues.Canonical(v)).ToList(), position.RowId)
        );
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Secret.Span, TagSize);
        aes.Encrypt(
            nonce,
            plain,
            output.AsSpan(NonceSize + TagSize),
            output.AsSpan(NonceSize, TagSize),
            Encoding.UTF8.GetBytes(binding.ToString())
        );
        return key.Id + "." + Base64Url.EncodeToString(output);
    }

    /// <summary>
    /// The position, its values read as <paramref name="sortItems"/>' types, or null when the cursor is malformed, forged,
    /// or bound to anything else.
    /// </summary>
    public KeysetPosition? Decode(string cursor, CursorBinding binding, IReadOnlyList<CatalogItem> sortItems)
    {
        try
        {
            var dot = cursor.LastIndexOf('.');
            var key = dot > 0 ? keys.Find(KeyPurposes.CursorEncryption, cursor[..dot]) : null;
            if (key is null)
            {
                return null;
            }

            var data = Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1));
            if (data.Length < NonceSize + TagSize)
            {
                return null;
            }

            var plain = new byte[data.Length - NonceSize - TagSize];
            using var aes = new AesGcm(key.Secret.Span, TagSize);
            aes.Decrypt(
                data.AsSpan(0, NonceSize),
                data.AsSpan(NonceSize + TagSize),
                data.AsSpan(NonceSize, TagSize),
                plain,
                Encoding.UTF8.GetBytes(binding.ToString())
            );
            var payload = JsonSerializer.Deserialize<Payload>(plain);
            if (payload?.K is null || payload.K.Count != sortItems.Count)
            {
                return null;
            }

            return new KeysetPosition(payload.K.Select((v, i) => Read(sortItems[i], v)).ToList(), payload.R);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or JsonException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static object? Read(CatalogItem item, string? text) =>
        text is null
            ? null
            : item.Type.Kind switch
            {
                DataKind.String => text,
                DataKind.Int => int.Parse(text, CultureInfo.InvariantCulture),
                DataKind.Decimal => decimal.Parse(text, CultureInfo.InvariantCulture),
                DataKind.Date => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture),
                DataKind.DateTime => DateTime.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                DataKind.Bool => bool.Parse(text),
                _ => throw new FormatException("Unknown data kind."),
            };

    private sealed record Payload(List<string?> K, long R);
}
