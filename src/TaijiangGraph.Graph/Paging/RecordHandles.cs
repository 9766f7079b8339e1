using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Graph.Paging;

/// <summary>
/// Issues and resolves record handles (docs/policy.md, "Record handles"): an opaque reference to one record, AES-256-GCM with the key
/// ring's cursor key like the cursors, but under associated data that starts with a label no cursor binding can hold, so a cursor is
/// never a handle and a handle never a cursor. The associated data binds the caller's department; the encrypted payload holds the
/// resource's code and API name and the row id. A handle does not expire; it stops resolving when its key leaves the ring.
/// </summary>
public sealed class RecordHandles(IKeyRing keys)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The label that starts a handle's associated data (a cursor binding never holds a line break).</summary>
    private const string Label = "record-handle\n";

    /// <summary>The handle of row <paramref name="rowId"/> of <paramref name="resource"/>, for <paramref name="department"/>; a fresh
    /// nonce each time.</summary>
    public string Issue(string department, CatalogResource resource, long rowId)
    {
        var key = keys.Current(KeyPurposes.CursorEncryption);
        var plain = JsonSerializer.SerializeToUtf8Bytes(new Payload(resource.Code, resource.ApiName, rowId));
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Secret.Span, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Bound(department));
        return key.Id + "." + Base64Url.EncodeToString(output);
    }

    /// <summary>The record <paramref name="handle"/> points at, for a caller of <paramref name="department"/> under
    /// <paramref name="catalog"/>.</summary>
    /// <exception cref="ExecutionError">The handle is malformed, forged, tampered with, a cursor, issued to another department, or
    /// names a resource the catalog does not have (<c>INVALID_HANDLE</c>, one message for every case).</exception>
    public RecordHandle Resolve(string handle, string department, DataCatalog catalog) =>
        TryResolve(handle, department, catalog)
        ?? throw new ExecutionError("The record handle is not valid.") { Code = ErrorCodes.Policy.InvalidHandle };

    /// <summary>The record <paramref name="handle"/> points at, or null in every case <see cref="Resolve"/> refuses.</summary>
    public RecordHandle? TryResolve(string handle, string department, DataCatalog catalog)
    {
        try
        {
            var dot = handle.LastIndexOf('.');
            var key = dot > 0 ? keys.Find(KeyPurposes.CursorEncryption, handle[..dot]) : null;
            if (key is null)
            {
                return null;
            }

            var data = Base64Url.DecodeFromChars(handle.AsSpan(dot + 1));
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
                Bound(department)
            );
            var payload = JsonSerializer.Deserialize<Payload>(plain);
            var resource = payload?.C is null ? null : catalog.FindResource(payload.C);
            return resource is null || resource.Code != payload!.C || resource.ApiName != payload.A
                ? null
                : new RecordHandle(resource, payload.R);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static byte[] Bound(string department) => Encoding.UTF8.GetBytes(Label + department);

    private sealed record Payload(string C, string A, long R);
}
