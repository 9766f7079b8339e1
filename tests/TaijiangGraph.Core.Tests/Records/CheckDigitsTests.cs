using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Core.Tests.Records;

/// <summary>ID number (GB 11643-1999) and credit code (GB 32100-2015) check characters against known valid codes.</summary>
public sealed class CheckDigitsTests
{
    // Known valid numbers; their check characters were computed independently of this code.
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    [InlineData("350103198506121231")]
    [InlineData("350103200802290021")]
    [InlineData("35010319400101001X")]
    public void IdNumberCheckDigit_matches_known_valid_numbers(string idNumber)
    {
        Assert.Equal(idNumber[17], CheckDigits.IdNumberCheckDigit(idNumber[..17]));
        Assert.True(CheckDigits.IsValidIdNumber(idNumber));
    }

    [Theory]
    [InlineData("110105194912310021", "wrong check digit")]
    [InlineData("11010519491231002x", "lower-case x")]
    [InlineData("110105194913310021", "month 13 with a correct check digit")]
    [InlineData("110105194902300020", "30 February with a correct check digit")]
    [InlineData("1101051949123100", "too short")]
    [InlineData("11010519491231002XX", "too long")]
    [InlineData("A1010519491231002X", "letter in the body")]
    [InlineData("", "empty")]
    [InlineData(null, "null")]
    public void IsValidIdNumber_rejects_malformed_numbers(string? idNumber, string because)
    {
        Assert.False(CheckDigits.IsValidIdNumber(idNumber), because);
    }

    [Fact]
    public void IdNumberCheckDigit_throws_when_the_body_is_not_seventeen_digits()
    {
        Assert.Throws<ArgumentException>(() => CheckDigits.IdNumberCheckDigit("1101051949123100"));
        Assert.Throws<ArgumentException>(() => CheckDigits.IdNumberCheckDigit("1101051949123100A"));
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("914403001922038216")]
    [InlineData("91310000775785552L")]
    public void IsValidCreditCode_accepts_real_format_codes(string creditCode)
    {
        // Each check character was computed independently with the GB 32100-2015 formula.
        Assert.True(CheckDigits.IsValidCreditCode(creditCode));
        Assert.Equal(creditCode[17], CheckDigits.CreditCodeCheckDigit(creditCode[..17]));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "wrong check character")]
    [InlineData("91350100M000100Y4", "too short")]
    [InlineData("91350100I000100Y43", "I is not in the charset")]
    [InlineData("91350100m000100Y43", "lower case")]
    [InlineData(null, "null")]
    public void IsValidCreditCode_rejects_malformed_codes(string? creditCode, string because)
    {
        Assert.False(CheckDigits.IsValidCreditCode(creditCode), because);
    }

    [Fact]
    public void CreditCodeCheckDigit_is_zero_when_the_remainder_is_zero()
    {
        // Seventeen zeros weigh nothing: 31 − 0 = 31, which the standard writes as 0.
        Assert.Equal('0', CheckDigits.CreditCodeCheckDigit(new string('0', 17)));
    }

    [Fact]
    public void CreditCodeCheckDigit_throws_when_the_body_has_foreign_characters() =>
        Assert.Throws<ArgumentException>(() => CheckDigits.CreditCodeCheckDigit("91350100O000100Y4"));
}
