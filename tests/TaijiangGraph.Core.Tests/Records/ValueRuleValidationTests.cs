using System.Diagnostics;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Core.Tests.Records;

/// <summary><see cref="RecordValidator"/> against declared value rules (docs/policy.md, "Value rules").</summary>
public sealed class ValueRuleValidationTests
{
    private static readonly CatalogResource Resource = new()
    {
        Code = "T-0001",
        ApiName = "thing",
        PluralApiName = "things",
        Name = "测试",
        Provider = "TJ-T",
        Items =
        [
            new()
            {
                ApiName = "id",
                Name = "编号",
                Type = DataType.String,
                IsKey = true,
            },
            new()
            {
                ApiName = "id_number",
                Name = "身份证号",
                Type = DataType.String,
                Format = ValueFormat.IdNumber,
            },
            new()
            {
                ApiName = "credit_code",
                Name = "信用代码",
                Type = DataType.String,
                Format = ValueFormat.CreditCode,
            },
            new()
            {
                ApiName = "phone",
                Name = "电话",
                Type = DataType.String,
                Format = ValueFormat.Phone,
            },
            new()
            {
                ApiName = "postcode",
                Name = "邮编",
                Type = DataType.String,
                Format = ValueFormat.Pattern,
                Pattern = "35[0-9]{4}",
            },
            new()
            {
                ApiName = "greedy",
                Name = "回溯",
                Type = DataType.String,
                Format = ValueFormat.Pattern,
                Pattern = "(a|aa)+",
            },
            new()
            {
                ApiName = "born_on",
                Name = "出生日期",
                Type = DataType.Date,
                MinDate = new(1900, 1, 1),
                MaxDate = new(2030, 12, 31),
            },
            new()
            {
                ApiName = "paid_at",
                Name = "缴费时间",
                Type = DataType.DateTime,
                MinDate = new(2020, 1, 1),
            },
            new()
            {
                ApiName = "seen_on",
                Name = "发现日期",
                Type = DataType.Date,
                MaxDate = new(2025, 6, 30),
            },
            new()
            {
                ApiName = "amount",
                Name = "金额",
                Type = DataType.Decimal(5, 2),
            },
        ],
    };

    [Theory]
    [InlineData("id_number", "11010519491231002X")]
    [InlineData("id_number", "350103198506121231")]
    [InlineData("id_number", "35010319400101001X")]
    [InlineData("credit_code", "91350100M000100Y43")]
    [InlineData("credit_code", "91310000775785552L")]
    [InlineData("phone", "13812345678")]
    [InlineData("phone", "19900000000")]
    [InlineData("phone", "0591-87654321")]
    [InlineData("phone", "059187654321")]
    [InlineData("phone", "010-88886666")]
    [InlineData("phone", "0596-2345678")]
    [InlineData("postcode", "350004")]
    [InlineData("greedy", "aaaa")]
    public void A_value_of_the_declared_format_is_accepted(string item, string value) => Assert.Empty(Validate(item, value));

    [Theory]
    [InlineData("id_number", "110105194912310021", "wrong check digit")]
    [InlineData("id_number", "11010519491231002x", "lower-case x")]
    [InlineData("id_number", "350103198502301231", "30 February")]
    [InlineData("id_number", "35010319850612123", "17 characters")]
    [InlineData("id_number", "", "empty")]
    [InlineData("credit_code", "91350100M000100Y44", "wrong check character")]
    [InlineData("credit_code", "91350100m000100Y43", "lower case")]
    [InlineData("credit_code", "91350100I000100Y43", "I is not in the charset")]
    [InlineData("phone", "12812345678", "mobile 12x")]
    [InlineData("phone", "1381234567", "10 digits")]
    [InlineData("phone", "138123456789", "12 digits")]
    [InlineData("phone", "+8613812345678", "+86")]
    [InlineData("phone", "138 1234 5678", "spaces")]
    [InlineData("phone", "87654321", "landline without area code")]
    [InlineData("phone", "0591-07654321", "subscriber number starting with 0")]
    [InlineData("phone", "0591--87654321", "two hyphens")]
    [InlineData("phone", "0591-87654321-123", "extension")]
    [InlineData("phone", "１３８１２３４５６７８", "full-width digits")]
    [InlineData("postcode", "3500041", "a longer value containing a match")]
    [InlineData("postcode", "x350004", "a match not at the start")]
    [InlineData("postcode", "360004", "no match")]
    public void A_value_without_the_declared_format_is_refused_naming_item_and_rule_not_value(string item, string value, string why)
    {
        var violation = Assert.Single(Validate(item, value));

        Assert.Equal(("INVALID_FORMAT", "thing", item), (violation.Code, violation.Resource, violation.Item));
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, violation.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(value, violation.ToString(), StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(why));
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_refuses_the_value_within_its_timeout()
    {
        var value = new string('a', 64) + "!";
        var watch = Stopwatch.StartNew();

        var violation = Assert.Single(Validate("greedy", value));

        watch.Stop();
        Assert.Equal(("INVALID_FORMAT", "greedy"), (violation.Code, violation.Item));
        Assert.Contains("time limit", violation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, violation.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Took {watch.Elapsed}.");
    }

    [Theory]
    [InlineData(1900, 1, 1)]
    [InlineData(1987, 6, 12)]
    [InlineData(2030, 12, 31)]
    public void A_date_within_the_range_is_accepted_bounds_included(int y, int m, int d) =>
        Assert.Empty(Validate("born_on", new DateOnly(y, m, d)));

    [Theory]
    [InlineData("born_on", 1899, 12, 31)]
    [InlineData("born_on", 2031, 1, 1)]
    [InlineData("seen_on", 2025, 7, 1)]
    public void A_date_outside_the_range_is_refused_without_echoing_it(string item, int y, int m, int d)
    {
        var date = new DateOnly(y, m, d);

        var violation = Assert.Single(Validate(item, date));

        Assert.Equal(("OUT_OF_RANGE", item), (violation.Code, violation.Item));
        Assert.DoesNotContain(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), violation.Message);
    }

    [Fact]
    public void An_open_end_accepts_every_date_on_that_side()
    {
        Assert.Empty(Validate("seen_on", new DateOnly(1, 1, 1)));
        Assert.Empty(Validate("paid_at", new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_date_time_is_compared_by_its_utc_date()
    {
        Assert.Empty(Validate("paid_at", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        var violation = Assert.Single(Validate("paid_at", new DateTime(2019, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
        Assert.Equal(("OUT_OF_RANGE", "paid_at"), (violation.Code, violation.Item));
    }

    [Theory]
    [InlineData("999.99", true)]
    [InlineData("-999.99", true)]
    [InlineData("1000.00", false)]
    [InlineData("1.005", false)]
    public void Decimals_keep_the_precision_and_scale_of_their_type(string amount, bool valid)
    {
        var violations = Validate("amount", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(valid ? Array.Empty<string>() : ["TYPE_MISMATCH"], violations.Select(v => v.Code));
    }

    [Fact]
    public void Null_keeps_every_rule()
    {
        foreach (var item in Resource.Items.Where(i => !i.IsKey))
        {
            Assert.Empty(Validate(item.ApiName, null));
        }
    }

    [Fact]
    public void Every_broken_rule_is_listed_with_its_item()
    {
        var record = new Dictionary<string, object?>
        {
            ["id"] = "k",
            ["id_number"] = "110105194912310021",
            ["credit_code"] = "91350100M000100Y44",
            ["phone"] = "12345",
            ["postcode"] = "x",
            ["born_on"] = new DateOnly(1800, 1, 1),
            ["paid_at"] = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };

        var violations = RecordValidator.Validate(Resource, record);

        Assert.Equal(
            [
                ("INVALID_FORMAT", "id_number"),
                ("INVALID_FORMAT", "credit_code"),
                ("INVALID_FORMAT", "phone"),
                ("INVALID_FORMAT", "postcode"),
                ("OUT_OF_RANGE", "born_on"),
                ("OUT_OF_RANGE", "paid_at"),
            ],
            violations.Select(v => (v.Code, v.Item!))
        );
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_type_mismatch_only()
    {
        var violation = Assert.Single(Validate("phone", 13812345678L));

        Assert.Equal("TYPE_MISMATCH", violation.Code);
    }

    private static IReadOnlyList<RecordViolation> Validate(string item, object? value) =>
        RecordValidator.Validate(Resource, new Dictionary<string, object?> { ["id"] = "k", [item] = value });
}
