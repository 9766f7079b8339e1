using System.Globalization;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// Check characters of citizen ID numbers (公民身份号码, GB 11643-1999) and unified social credit codes
/// (统一社会信用代码, GB 32100-2015): computing the 18th character and validating whole codes.
/// </summary>
public static class CheckDigits
{
    /// <summary>The 31 characters a credit code may use (no I, O, Z, S, V); a character's index is its value.</summary>
    public const string CreditCodeCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const string IdNumberCheckChars = "10X98765432";
    private static readonly int[] IdNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The 18th character of an ID number: Σ(digit × weight) mod 11 indexes <c>10X98765432</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 decimal digits.</exception>
    public static char IdNumberCheckDigit(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The body of an ID number is 17 decimal digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * IdNumberWeights[i];
        }

        return IdNumberCheckChars[sum % 11];
    }

    /// <summary>
    /// True when the text is an 18-character ID number: 17 digits whose birth date (positions 7–14) is a real
    /// date, followed by the correct check character (an upper-case <c>X</c> stands for 10).
    /// </summary>
    public static bool IsValidIdNumber(string? idNumber) =>
        idNumber is { Length: 18 }
        && !idNumber.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9')
        && DateOnly.TryParseExact(idNumber.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        && IdNumberCheckDigit(idNumber[..17]) == idNumber[17];

    /// <summary>The 18th character of a credit code: 31 − (Σ(value × weight) mod 31), where 31 becomes 0.</summary>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 characters of <see cref="CreditCodeCharset"/>.</exception>
    public static char CreditCodeCheckDigit(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17)
        {
            throw new ArgumentException("The body of a credit code is 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = CreditCodeCharset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a credit code character.", nameof(first17));
            }

            sum += value * CreditCodeWeights[i];
        }

        var check = 31 - (sum % 31);
        return CreditCodeCharset[check == 31 ? 0 : check];
    }

    /// <summary>True when the text is 18 credit code characters (upper case) ending in the correct check character.</summary>
    public static bool IsValidCreditCode(string? creditCode) =>
        creditCode is { Length: 18 }
        && creditCode.All(c => CreditCodeCharset.Contains(c, StringComparison.Ordinal))
        && CreditCodeCheckDigit(creditCode[..17]) == creditCode[17];
}
