using System.Text;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Tests.Sharing;

/// <summary>The purpose rule (docs/policy.md): trimmed, NFC, at least one letter, no Cc/Cf, at most 200 UTF-16 code units; strict header
/// decoding.</summary>
public sealed class PurposeTextTests
{
    [Theory]
    [InlineData("\u200B", "U+200B")] // zero-width space alone
    [InlineData("核查\u200B", "U+200B")] // zero-width space inside
    [InlineData("核查\0", "U+0000")] // NUL
    [InlineData("核查\u202E反转", "U+202E")] // right-to-left override
    [InlineData("\uFEFF核查", "U+FEFF")] // byte order mark
    [InlineData("核\u0007查", "U+0007")] // bell
    [InlineData("核查\u2028走访", "U+2028")] // line separator
    public void A_control_or_invisible_character_is_refused_and_named(string purpose, string named)
    {
        var parsed = PurposeText.Parse(purpose);

        Assert.False(parsed.IsValid);
        Assert.False(parsed.IsMissing);
        Assert.Contains(named, parsed.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("!!!")]
    [InlineData("——。，")]
    [InlineData("2026-12-03 #1")]
    [InlineData("😀")]
    public void Only_punctuation_digits_or_symbols_is_refused(string purpose)
    {
        var parsed = PurposeText.Parse(purpose);

        Assert.False(parsed.IsValid);
        Assert.Equal("it contains no letter", parsed.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n\u3000")] // white space only, the ideographic space included
    public void Nothing_or_white_space_only_is_no_purpose(string? purpose)
    {
        var parsed = PurposeText.Parse(purpose);

        Assert.True(parsed.IsMissing);
        Assert.Null(parsed.Value);
    }

    [Fact]
    public void A_purpose_is_trimmed()
    {
        Assert.Equal("低保 复核", PurposeText.Parse(" \t低保 复核\u3000\n").Value);
    }

    [Fact]
    public void An_nfd_purpose_is_stored_as_nfc()
    {
        var nfd = "Cafe\u0301 核查"; // e + combining acute
        Assert.False(nfd.IsNormalized(NormalizationForm.FormC));

        var parsed = PurposeText.Parse(nfd);

        Assert.Equal("Caf\u00E9 核查", parsed.Value);
        Assert.True(parsed.Value!.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void At_most_200_utf16_code_units(int length, bool valid)
    {
        var parsed = PurposeText.Parse(new string('核', length));

        Assert.Equal(valid, parsed.IsValid);
        Assert.Equal(valid ? null : "it is longer than 200 UTF-16 code units", parsed.Problem);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_counts_two_and_is_a_letter()
    {
        Assert.True(PurposeText.Parse(string.Concat(Enumerable.Repeat("𠀀", 100))).IsValid);
        Assert.False(PurposeText.Parse(string.Concat(Enumerable.Repeat("𠀀", 100)) + "a").IsValid);
    }

    [Fact]
    public void The_length_is_counted_after_trimming_and_normalising()
    {
        Assert.True(PurposeText.Parse("  " + new string('核', 200) + "  ").IsValid);
        Assert.True(PurposeText.Parse(string.Concat(Enumerable.Repeat("e\u0301", 200))).IsValid); // 400 units NFD, 200 NFC
    }

    [Fact]
    public void An_unpaired_surrogate_is_refused()
    {
        Assert.Equal("it contains an unpaired surrogate (not valid Unicode text)", PurposeText.Parse("核查\uD800").Problem);
    }

    [Theory]
    [InlineData("%E6%B5%8B%E8%AF%95", "测试")]
    [InlineData("%20%E6%B5%8B%E8%AF%95%20", "测试")]
    [InlineData("audit%20check+1", "audit check+1")] // '+' is a plus, not a space
    [InlineData("Cafe%CC%81", "Café")] // NFD bytes, NFC purpose
    public void A_header_is_strict_percent_encoded_utf8(string header, string expected)
    {
        Assert.Equal(expected, PurposeText.FromPercentEncoded(header).Value);
    }

    [Theory]
    [InlineData("%E4%B8", "it is not valid UTF-8 once percent-decoded")] // a truncated 3-byte sequence
    [InlineData("%C3%28", "it is not valid UTF-8 once percent-decoded")]
    [InlineData("%ED%A0%80", "it is not valid UTF-8 once percent-decoded")] // an encoded surrogate
    [InlineData("%FF", "it is not valid UTF-8 once percent-decoded")]
    [InlineData("%E6%B5", "it is not valid UTF-8 once percent-decoded")]
    [InlineData("abc%", "it is not valid percent-encoding (% must start two hex digits)")]
    [InlineData("abc%4", "it is not valid percent-encoding (% must start two hex digits)")]
    [InlineData("abc%zz", "it is not valid percent-encoding (% must start two hex digits)")]
    [InlineData("abc%+1", "it is not valid percent-encoding (% must start two hex digits)")]
    [InlineData("测试", "it is not percent-encoded (only printable ASCII may appear unencoded)")]
    [InlineData("a\tb", "it is not percent-encoded (only printable ASCII may appear unencoded)")]
    public void An_undecodable_header_is_refused(string header, string problem)
    {
        Assert.Equal(problem, PurposeText.FromPercentEncoded(header).Problem);
    }

    [Theory]
    [InlineData("%00", "U+0000")]
    [InlineData("%E2%80%8B", "U+200B")]
    public void A_decoded_header_is_checked_by_the_same_rule(string header, string named)
    {
        Assert.Contains(named, PurposeText.FromPercentEncoded(header).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absent_header_is_no_purpose()
    {
        Assert.True(PurposeText.FromPercentEncoded(null).IsMissing);
        Assert.True(PurposeText.FromPercentEncoded("").IsMissing);
        Assert.True(PurposeText.FromPercentEncoded("%20%20").IsMissing);
    }
}
