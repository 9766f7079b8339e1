using System.Globalization;
using System.Text;

namespace TaijiangGraph.Core.Sharing;

/// <summary>
/// The purpose (用途) a request states, checked by the one rule of docs/policy.md: trimmed, normalised to NFC,
/// then at most <see cref="MaxLength"/> UTF-16 code units (what every audit column holds without cutting: a
/// character outside the Basic Multilingual Plane, e.g. 𠀀, counts 2), at least one letter (Unicode category L*,
/// which includes CJK ideographs), and no control (Cc), format (Cf, e.g. U+200B, U+202E, U+FEFF), line or
/// paragraph separator (Zl, Zp) or unpaired surrogate. Exactly one of three states: missing (nothing, or only
/// white space, was stated), valid (<see cref="Value"/> holds the normalised purpose, the one to store and
/// audit) or invalid (<see cref="Problem"/> says why, in a sentence safe to show the caller).
/// </summary>
public readonly record struct PurposeText
{
    /// <summary>The longest purpose, in UTF-16 code units after trimming and NFC normalisation.</summary>
    public const int MaxLength = 200;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private PurposeText(string? value, string? problem)
    {
        Value = value;
        Problem = problem;
    }

    /// <summary>No purpose was stated.</summary>
    public static PurposeText Missing => default;

    /// <summary>The normalised purpose; null unless valid.</summary>
    public string? Value { get; }

    /// <summary>Why the stated purpose is refused; null when it is valid or missing.</summary>
    public string? Problem { get; }

    public bool IsValid => Value is not null;

    public bool IsMissing => Value is null && Problem is null;

    /// <summary>A stated purpose that is refused for <paramref name="problem"/>.</summary>
    public static PurposeText Invalid(string problem) => new(null, problem);

    /// <summary>Checks a purpose given as text (e.g. <c>extensions.purpose</c>); null or white space only is
    /// <see cref="Missing"/>.</summary>
    public static PurposeText Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Missing;
        }

        // Normalising needs well-formed UTF-16; an unpaired surrogate is refused before.
        if (!IsWellFormed(trimmed))
        {
            return Invalid("it contains an unpaired surrogate (not valid Unicode text)");
        }

        var normalized = trimmed.Normalize(NormalizationForm.FormC);
        if (normalized.Length > MaxLength)
        {
            return Invalid($"it is longer than {MaxLength} UTF-16 code units");
        }

        var hasLetter = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (
                category
                is UnicodeCategory.Control
                    or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator
            )
            {
                return Invalid($"it contains the invisible or control character U+{rune.Value:X4}");
            }

            hasLetter |= Rune.IsLetter(rune);
        }

        return hasLetter ? new PurposeText(normalized, null) : Invalid("it contains no letter");
    }

    /// <summary>
    /// Checks a purpose given as percent-encoded UTF-8 (the <c>X-Data-Purpose</c> header), decoded strictly: every
    /// <c>%</c> starts two hex digits, every other character is printable ASCII, and the bytes are valid UTF-8.
    /// </summary>
    public static PurposeText FromPercentEncoded(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return Missing;
        }

        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (
                    i + 2 >= encoded.Length
                    || !byte.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b)
                )
                {
                    return Invalid("it is not valid percent-encoding (% must start two hex digits)");
                }

                bytes.Add(b);
                i += 2;
            }
            else if (c is >= ' ' and <= '~')
            {
                bytes.Add((byte)c);
            }
            else
            {
                return Invalid("it is not percent-encoded (only printable ASCII may appear unencoded)");
            }
        }

        string text;
        try
        {
            text = StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return Invalid("it is not valid UTF-8 once percent-decoded");
        }

        return Parse(text);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
