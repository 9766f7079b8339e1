using System.Globalization;

namespace TaijiangGraph.Core.Records;

/// <summary>What an 18-character ID number says about its holder: the birth date (positions 7–14) and the gender (17th digit, odd =
/// 男).</summary>
internal static class IdNumberFacts
{
    public static DateOnly? BirthDateOf(string? idNumber) =>
        idNumber is { Length: 18 }
        && DateOnly.TryParseExact(idNumber.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            ? birth
            : null;

    public static string? GenderOf(string? idNumber) =>
        idNumber is { Length: 18 } && char.IsAsciiDigit(idNumber[16]) ? ((idNumber[16] - '0') % 2 == 1 ? "男" : "女") : null;

    /// <summary>The later of <paramref name="date"/> and the day the holder turns <paramref name="age"/>, when the ID number
    /// tells.</summary>
    public static DateOnly NotBeforeAge(string? idNumber, int age, DateOnly date) =>
        BirthDateOf(idNumber) is { } birth && birth.AddYears(age) > date ? birth.AddYears(age) : date;
}
