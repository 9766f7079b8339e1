using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Masking;

/// <summary>
/// Applies masking rules (脱敏) to values: 张**, 350103********1234, 138****5678, first 6 characters + ****,
/// ************1234, 1987-**-**, a keyed HMAC pseudonym, or a fixed redaction. The HASH key is the consumer
/// department's own, so departments cannot pool pseudonyms.
/// </summary>
public static class Masker
{
    public const string Redacted = "******";

    /// <param name="hashKey">The consumer department's HASH key; asked for only by <see cref="MaskingRule.Hash"/>.</param>
    public static string? Apply(MaskingRule rule, object? value, Func<ReadOnlyMemory<byte>> hashKey)
    {
        if (value is null)
        {
            return null;
        }

        var text = value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        return rule switch
        {
            MaskingRule.None => text,
            MaskingRule.Name => FirstThenStars(text), // 张** whatever the length, so the mask does not tell it
            MaskingRule.IdNumber => Keep(text, 6, 4, minStars: 8),
            MaskingRule.Phone => Keep(text, 3, 4, minStars: 4),
            MaskingRule.Address => new string(text.EnumerateRunes().Take(6).SelectMany(r => r.ToString()).ToArray()) + "****",
            MaskingRule.BankCard => Keep(text, 0, 4, minStars: 4),
            MaskingRule.DateYear => text.Length >= 4 ? text[..4] + "-**-**" : Redacted,
            MaskingRule.Hash => Convert.ToHexStringLower(HMACSHA256.HashData(hashKey().Span, Encoding.UTF8.GetBytes(text)))[..32],
            _ => Redacted,
        };
    }

    /// <summary>Derives a department's HASH key from the service's masking key.</summary>
    public static byte[] DepartmentHashKey(ReadOnlySpan<byte> masterKey, string department) =>
        HMACSHA256.HashData(masterKey, Encoding.UTF8.GetBytes("mask-hash:" + department));

    private static string FirstThenStars(string text) => text.Length == 0 ? "**" : text.EnumerateRunes().First() + "**";

    /// <summary>Keeps the first <paramref name="head"/> and last <paramref name="tail"/> characters; stars in between.
    /// Values too short to keep anything are fully starred.</summary>
    private static string Keep(string text, int head, int tail, int minStars)
    {
        var chars = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        if (chars.Length <= head + tail)
        {
            return new string('*', Math.Max(minStars, chars.Length));
        }

        var stars = Math.Max(1, chars.Length - head - tail);
        return string.Concat(chars.Take(head)) + new string('*', stars) + string.Concat(chars.Skip(chars.Length - tail));
    }
}
