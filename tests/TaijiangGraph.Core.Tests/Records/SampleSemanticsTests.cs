using System.Globalization;
using System.Text.RegularExpressions;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Core.Tests.Records;

/// <summary>The generated sample world follows docs/sample-world.md: valid codes, Taijiang streets, consistent copies and plausible
/// values.</summary>
public sealed partial class SampleSemanticsTests
{
    private static readonly string[] Streets = ["瀛洲", "后洲", "义洲", "新港", "上海", "苍霞", "茶亭", "洋中", "鳌峰", "宁化"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>> FiveHundred = new(() =>
        new SyntheticRecordGenerator(SampleCatalog.Catalog, 2026).Generate(500)
    );

    private static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records(string resource) => FiveHundred.Value[resource];

    [Fact]
    public void Every_id_number_is_a_valid_Taijiang_id_number()
    {
        var ids = Records("household_person")
            .Select(r => (string)r["id_number"]!)
            .Concat(Records("market_entity").Select(r => (string)r["legal_rep_id"]!))
            .Concat(Records("social_insurance").Select(r => (string)r["id_number"]!))
            .Concat(Records("subsistence_allowance").Select(r => (string)r["id_number"]!));
        Assert.All(ids, id =>
        {
            Assert.True(CheckDigits.IsValidIdNumber(id), id);
            Assert.StartsWith("350103", id, StringComparison.Ordinal);
            var year = int.Parse(id.AsSpan(6, 4), CultureInfo.InvariantCulture);
            Assert.InRange(year, 1940, 2008);
        });
    }

    [Fact]
    public void Every_credit_code_is_valid_and_registered_in_Taijiang()
    {
        var codes = Records("market_entity")
            .Select(r => (string)r["credit_code"]!)
            .Concat(Records("social_insurance").Select(r => (string)r["employer_credit_code"]!))
            .Concat(Records("tax_payment").Select(r => (string)r["taxpayer_id"]!));
        Assert.All(codes, code =>
        {
            Assert.True(CheckDigits.IsValidCreditCode(code), code);
            Assert.StartsWith("91350103", code, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Birth_date_and_gender_agree_with_the_id_number()
    {
        Assert.All(Records("household_person"), person =>
        {
            var id = (string)person["id_number"]!;
            var birth = DateOnly.ParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);
            Assert.Equal(birth, person["birth_date"]);
            Assert.Equal((id[16] - '0') % 2 == 1 ? "男" : "女", person["gender"]);
        });
        Assert.Equal(["女", "男"], Records("household_person").Select(r => (string)r["gender"]!).Distinct().Order());
    }

    [Fact]
    public void All_ten_streets_occur_when_five_hundred_people_are_generated()
    {
        var streets = Records("household_person").Select(r => (string)r["street"]!).ToHashSet();
        Assert.Equal(Streets.Order(), streets.Order());
    }

    [Fact]
    public void Cangxia_occurs_among_subsistence_allowances()
    {
        var streets = Records("subsistence_allowance").Select(r => (string)r["street"]!).ToList();
        Assert.Contains("苍霞", streets);
        Assert.All(streets, s => Assert.Contains(s, Streets));
        Assert.True(streets.Distinct().Count() > 1);
    }

    [Fact]
    public void Addresses_lie_in_the_records_street()
    {
        Assert.All(Records("household_person"), r =>
            Assert.StartsWith($"福州市台江区{r["street"]}街道", (string)r["registered_address"]!, StringComparison.Ordinal)
        );
        Assert.All(Records("market_entity"), r => Assert.Matches(AddressPattern(), (string)r["address"]!));
    }

    [Fact]
    public void Copied_names_are_those_of_the_referenced_record()
    {
        var people = Records("household_person").ToDictionary(r => (string)r["id_number"]!);
        var entities = Records("market_entity").ToDictionary(r => (string)r["credit_code"]!);
        Assert.All(Records("market_entity"), r => Assert.Equal(people[(string)r["legal_rep_id"]!]["name"], r["legal_rep"]));
        Assert.All(Records("social_insurance"), r => Assert.Equal(people[(string)r["id_number"]!]["name"], r["name"]));
        Assert.All(Records("subsistence_allowance"), r => Assert.Equal(people[(string)r["id_number"]!]["name"], r["name"]));
        Assert.All(Records("tax_payment"), r => Assert.Equal(entities[(string)r["taxpayer_id"]!]["name"], r["taxpayer_name"]));
    }

    [Fact]
    public void Enumerated_items_take_only_their_listed_values()
    {
        AssertValues("market_entity", "status", "存续", "在业", "注销", "吊销");
        AssertValues("social_insurance", "insurance_type", "养老", "医疗", "失业", "工伤");
        AssertValues("subsistence_allowance", "category", "低保", "特困", "低保边缘");
        AssertValues("tax_payment", "credit_grade", "A", "B", "M", "C", "D");
        Assert.Contains(Records("tax_payment"), r => (string)r["tax_type"]! == "增值税");
        Assert.Contains(Records("tax_payment"), r => (string)r["tax_type"]! == "企业所得税");
    }

    [Fact]
    public void Ethnicity_is_mostly_Han_with_some_others()
    {
        var han = Records("household_person").Count(r => (string)r["ethnicity"]! == "汉族");
        Assert.InRange(han, 400, 499);
    }

    [Fact]
    public void Formatted_texts_follow_their_formats()
    {
        Assert.All(Records("household_person"), r => Assert.Matches(ChineseNamePattern(), (string)r["name"]!));
        Assert.All(Records("market_entity"), r => Assert.StartsWith("福州台江", (string)r["name"]!, StringComparison.Ordinal));
        var phones = Records("market_entity")
            .Select(r => r["contact_phone"])
            .Concat(Records("subsistence_allowance").Select(r => r["phone"]))
            .ToList();
        Assert.All(phones.OfType<string>(), p => Assert.Matches(MobilePattern(), p));
        Assert.InRange(phones.Count(p => p is null), 1, 100);
        Assert.All(Records("social_insurance"), r => Assert.Matches(MonthPattern(), (string)r["last_paid_month"]!));
        Assert.All(Records("tax_payment"), r => Assert.Matches(MonthPattern(), (string)r["period"]!));
    }

    [Fact]
    public void Allowances_have_plausible_sizes_and_amounts()
    {
        Assert.All(Records("subsistence_allowance"), r =>
        {
            Assert.InRange((int)r["household_size"]!, 1, 6);
            Assert.InRange((decimal)r["monthly_amount"]!, 100m, 6_000m);
        });
        Assert.Equal(6, Records("subsistence_allowance").Select(r => (int)r["household_size"]!).Distinct().Count());
    }

    [Fact]
    public void Tax_payments_are_paid_after_their_period_with_one_grade_per_taxpayer()
    {
        Assert.All(Records("tax_payment"), r =>
        {
            var period = DateOnly.ParseExact((string)r["period"]! + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange((DateOnly)r["paid_on"]!, period.AddMonths(1), period.AddMonths(1).AddDays(14));
        });
        Assert.All(Records("tax_payment").GroupBy(r => r["taxpayer_id"]), g => Assert.Single(g.Select(r => r["credit_grade"]).Distinct()));
    }

    [Fact]
    public void Dates_do_not_lie_after_the_end_of_2025()
    {
        var dates = FiveHundred.Value.Values.SelectMany(records => records).SelectMany(r => r.Values).OfType<DateOnly>().ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(d, new DateOnly(1940, 1, 1), new DateOnly(2025, 12, 31)));
    }

    private static void AssertValues(string resource, string item, params string[] allowed)
    {
        var values = Records(resource).Select(r => (string)r[item]!).ToHashSet();
        Assert.Subset(allowed.ToHashSet(), values);
        Assert.True(values.Count > 1, $"{resource}.{item} has a single value");
    }

    [GeneratedRegex(@"^福州市台江区(瀛洲|后洲|义洲|新港|上海|苍霞|茶亭|洋中|鳌峰|宁化)街道\p{IsCJKUnifiedIdeographs}+(路|大道)\d+号")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,3}$")]
    private static partial Regex ChineseNamePattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^20\d{2}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
