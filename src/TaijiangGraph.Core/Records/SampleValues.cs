using System.Globalization;

namespace TaijiangGraph.Core.Records;

/// <summary>Plausible value builders of the sample world (names, phones, Taijiang addresses, dates, money), all drawn from a given
/// <see cref="Random"/>.</summary>
internal static class SampleValues
{
    /// <summary>The last day generated dates reach: the sample data is "as of" the end of 2025.</summary>
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    public static T Pick<T>(Random rng, IReadOnlyList<T> values) => values[rng.Next(values.Count)];

    public static char Pick(Random rng, string chars) => chars[rng.Next(chars.Length)];

    public static string Weighted(Random rng, IReadOnlyList<(string Value, int Weight)> values) =>
        WeightedAt(values, rng.Next(values.Sum(v => v.Weight)));

    /// <summary>The value whose cumulative weight band contains <paramref name="ticket"/> (0 ≤ ticket &lt; total weight).</summary>
    public static string WeightedAt(IReadOnlyList<(string Value, int Weight)> values, int ticket)
    {
        foreach (var (value, weight) in values)
        {
            if (ticket < weight)
            {
                return value;
            }

            ticket -= weight;
        }

        return values[^1].Value;
    }

    /// <summary>A Chinese name: a surname and one or two given-name characters suiting the gender when known.</summary>
    public static string PersonName(Random rng, bool? male)
    {
        var gendered = male switch
        {
            true => SampleVocabulary.MaleGivenChars,
            false => SampleVocabulary.FemaleGivenChars,
            null => SampleVocabulary.MaleGivenChars + SampleVocabulary.FemaleGivenChars,
        };
        var surname = Pick(rng, SampleVocabulary.Surnames);
        return rng.Next(10) < 3
            ? string.Concat(surname, Pick(rng, gendered).ToString())
            : string.Concat(
                surname,
                Pick(rng, rng.Next(2) == 0 ? SampleVocabulary.NeutralGivenChars : gendered).ToString(),
                Pick(rng, gendered).ToString()
            );
    }

    /// <summary>An 11-digit mainland mobile number <c>1[3-9]XXXXXXXXX</c>.</summary>
    public static string MobilePhone(Random rng) =>
        string.Create(CultureInfo.InvariantCulture, $"1{rng.Next(3, 10)}{rng.Next(0, 10)}{rng.Next(0, 100_000_000):D8}");

    public static string Street(Random rng) => Pick(rng, SampleVocabulary.Streets);

    /// <summary><c>福州市台江区{street}街道{road}{n}号</c>, sometimes with a building and room; unknown streets get a generic road.</summary>
    public static string Address(Random rng, string? street)
    {
        street ??= Street(rng);
        var at = Array.IndexOf(SampleVocabulary.Streets, street);
        var road = at >= 0 ? Pick(rng, SampleVocabulary.RoadsByStreet[at]) : Pick(rng, SampleVocabulary.RoadsByStreet[rng.Next(10)]);
        var number = rng.Next(1, 300);
        var address = string.Create(CultureInfo.InvariantCulture, $"福州市台江区{street}街道{road}{number}号");
        return rng.Next(2) == 0
            ? address
            : string.Create(CultureInfo.InvariantCulture, $"{address}{rng.Next(1, 9)}座{rng.Next(1, 30)}{rng.Next(1, 9):D2}室");
    }

    public static string Community(Random rng, string? street)
    {
        var at = street is null ? -1 : Array.IndexOf(SampleVocabulary.Streets, street);
        return Pick(rng, SampleVocabulary.CommunitiesByStreet[at >= 0 ? at : rng.Next(10)]);
    }

    public static DateOnly DateBetween(Random rng, DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(rng.Next(from.DayNumber, to.DayNumber + 1));

    /// <summary>A month <c>YYYY-MM</c> between the months of the two dates.</summary>
    public static string MonthBetween(Random rng, DateOnly from, DateOnly to)
    {
        var first = (from.Year * 12) + from.Month - 1;
        var last = Math.Max(first, (to.Year * 12) + to.Month - 1);
        var month = rng.Next(first, last + 1);
        return string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{(month % 12) + 1:D2}");
    }

    /// <summary>An amount with two decimals in [min, max).</summary>
    public static decimal Money(Random rng, decimal min, decimal max) =>
        Math.Round(min + ((max - min) * (decimal)rng.NextDouble()), 2, MidpointRounding.AwayFromZero);

    /// <summary>An amount between min and max whose logarithm is uniform: many small values, few large ones.</summary>
    public static decimal LogMoney(Random rng, double min, double max) =>
        Math.Round(
            (decimal)Math.Exp(Math.Log(min) + ((Math.Log(max) - Math.Log(min)) * rng.NextDouble())),
            2,
            MidpointRounding.AwayFromZero
        );
}
