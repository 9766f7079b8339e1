using System.Globalization;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Server.Tests.Lookups;

/// <summary>
/// What an enumerating insider tries: every ID number that fits a masked one (<c>350103********5571</c> leaves a
/// birth date to guess, since the sequence and check digit show), in date order from 1930, valid check digit only.
/// </summary>
public static class LookupCandidates
{
    public static IEnumerable<string> Fitting(string masked)
    {
        var prefix = masked[..6];
        var tail = masked[^4..];
        for (var day = new DateOnly(1930, 1, 1); day < new DateOnly(2011, 1, 1); day = day.AddDays(1))
        {
            var first17 = prefix + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + tail[..3];
            if (CheckDigits.IdNumberCheckDigit(first17) == tail[3])
            {
                yield return first17 + tail[3];
            }
        }
    }

    /// <summary>Well-formed ID numbers (valid check digit) of people born in 1900, which the sample world does not hold.</summary>
    public static IReadOnlyList<string> Unknown(int count, int offset = 0) =>
        Enumerable
            .Range(offset, count)
            .Select(i =>
            {
                var first17 = "350103" + new DateOnly(1900, 1, 1).AddDays(i).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "123";
                return first17 + CheckDigits.IdNumberCheckDigit(first17);
            })
            .ToList();

    /// <summary>One query of by-key lookups, one alias per value (<c>p0</c>, <c>p1</c> …).</summary>
    public static string ByKeyAliases(IEnumerable<string> ids) =>
        "{ " + string.Concat(ids.Select((id, i) => $"p{i}: householdPerson(idNumber: \"{id}\") {{ idNumber }} ")) + "}";
}
