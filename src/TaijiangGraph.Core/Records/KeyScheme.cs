using System.Globalization;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// Derives the key of record <c>i</c> of a resource from <c>i</c> alone (never from other records), so keys are
/// unique, independent of the record count and computable for any referenced record without generating it.
/// </summary>
internal sealed class KeyScheme
{
    private const string TaijiangRegion = "350103";
    private const int SequencesPerDay = 999;
    private static readonly DateOnly FirstBirth = new(1940, 1, 1);
    private static readonly DateOnly LastBirth = new(2008, 12, 31);
    private static readonly int[] OrganizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly Func<long, object> _keyOf;

    private KeyScheme(long capacity, Func<long, object> keyOf)
    {
        Capacity = capacity;
        _keyOf = keyOf;
    }

    /// <summary>How many distinct keys the scheme can produce.</summary>
    public long Capacity { get; }

    public object KeyOf(long index) => _keyOf(index);

    public static KeyScheme For(CatalogResource resource, CatalogItem key, ulong seedHash)
    {
        var permutationKey = StableHash.Combine(seedHash, resource.ApiName + "." + key.ApiName);
        if (key.Type.Kind == DataKind.String)
        {
            return (resource.ApiName, key.ApiName) switch
            {
                (_, "id_number") => IdNumbers(permutationKey),
                (_, "credit_code") => CreditCodes(permutationKey),
                ("social_insurance", "record_id") => Prefixed("SB" + TaijiangRegion),
                ("subsistence_allowance", "case_no") => Prefixed("DB" + TaijiangRegion),
                ("tax_payment", "payment_id") => Prefixed("SP" + TaijiangRegion),
                _ => new(long.MaxValue, i => string.Create(CultureInfo.InvariantCulture, $"{key.ApiName}-{i + 1:D6}")),
            };
        }

        return key.Type.Kind switch
        {
            DataKind.Int => new(int.MaxValue, i => (int)(i + 1)),
            DataKind.Decimal => DecimalKeys(key.Type),
            DataKind.Date => new(DateOnly.MaxValue.DayNumber - new DateOnly(2000, 1, 1).DayNumber + 1, i =>
                new DateOnly(2000, 1, 1).AddDays((int)i)
            ),
            DataKind.DateTime => new(int.MaxValue, i => new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(i)),
            DataKind.Bool => new(2, i => i == 1),
            _ => throw new InvalidOperationException($"No keys for data kind {key.Type.Kind}."),
        };
    }

    /// <summary>18-character Taijiang ID numbers: 350103, a birth date in 1940–2008, a sequence whose parity is the gender, the check
    /// digit.</summary>
    private static KeyScheme IdNumbers(ulong permutationKey)
    {
        var days = LastBirth.DayNumber - FirstBirth.DayNumber + 1;
        var permutation = new IndexPermutation((ulong)days * SequencesPerDay, permutationKey);
        return new((long)permutation.Domain, i =>
        {
            var slot = permutation.Map((ulong)i);
            var birth = DateOnly.FromDayNumber(FirstBirth.DayNumber + (int)(slot / SequencesPerDay));
            var body = string.Create(CultureInfo.InvariantCulture, $"{TaijiangRegion}{birth:yyyyMMdd}{(slot % SequencesPerDay) + 1:D3}");
            return body + CheckDigits.IdNumberCheckDigit(body);
        });
    }

    /// <summary>Credit codes 91 (enterprise) + 350103 + a numeric organization code with its GB 11714 check + the GB 32100 check.</summary>
    private static KeyScheme CreditCodes(ulong permutationKey)
    {
        var permutation = new IndexPermutation(100_000_000, permutationKey);
        return new((long)permutation.Domain, i =>
        {
            var organization = permutation.Map((ulong)i).ToString("D8", CultureInfo.InvariantCulture);
            var body = "91" + TaijiangRegion + organization + OrganizationCodeCheck(organization);
            return body + CheckDigits.CreditCodeCheckDigit(body);
        });
    }

    private static KeyScheme Prefixed(string prefix) =>
        new(long.MaxValue, i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i + 1:D10}"));

    private static KeyScheme DecimalKeys(DataType type)
    {
        var wholeDigits = Math.Max(0, type.Precision - type.Scale);
        var capacity = wholeDigits >= 18 ? long.MaxValue : (long)DecimalValues.Pow10(wholeDigits) - 1;
        return new(capacity, i => DecimalValues.Fit(i + 1, type));
    }

    /// <summary>GB 11714 check character of an 8-digit organization code: 11 − (Σ digit × weight mod 11), 10 → X, 11 → 0.</summary>
    private static char OrganizationCodeCheck(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * OrganizationCodeWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var c => (char)('0' + c),
        };
    }
}
