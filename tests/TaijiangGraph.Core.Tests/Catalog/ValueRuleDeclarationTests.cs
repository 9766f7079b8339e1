using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

/// <summary>The catalog validator's rules for declared value rules (docs/policy.md, "Value rules").</summary>
public sealed class ValueRuleDeclarationTests
{
    [Theory]
    [InlineData("market_entity", "registered_capital", ValueFormat.CreditCode)]
    [InlineData("market_entity", "established_on", ValueFormat.Phone)]
    [InlineData("subsistence_allowance", "household_size", ValueFormat.IdNumber)]
    public void A_format_needs_a_string_item(string resource, string item, ValueFormat format) =>
        SampleCatalog.Load().WithItem(resource, item, i => i with { Format = format }).AssertSingleViolation("FORMAT_TYPE", resource, item);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Format_pattern_needs_a_pattern(string? pattern) =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "address", i => i with { Format = ValueFormat.Pattern, Pattern = pattern })
            .AssertSingleViolation("PATTERN_REQUIRED", "market_entity", "address");

    [Theory]
    [InlineData(null)]
    [InlineData(ValueFormat.Phone)]
    public void A_pattern_needs_format_pattern(ValueFormat? format) =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "contact_phone", i => i with { Format = format, Pattern = "[0-9]+" })
            .AssertSingleViolation("PATTERN_WITHOUT_FORMAT", "market_entity", "contact_phone");

    [Theory]
    [InlineData("[0-9")]
    [InlineData("a)(b")]
    [InlineData("(?<x>a)\\k<y>")]
    public void A_pattern_must_be_a_regular_expression(string pattern)
    {
        var violation = SampleCatalog
            .Load()
            .WithItem("market_entity", "address", i => i with { Format = ValueFormat.Pattern, Pattern = pattern })
            .AssertSingleViolation("PATTERN_INVALID", "market_entity", "address");

        Assert.Contains("regular expression", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_has_at_most_256_characters()
    {
        var longest = new string('a', ValuePatterns.MaxLength);
        Assert.Empty(CatalogValidator.Validate(WithPattern(longest)));

        var violation = WithPattern(longest + "a").AssertSingleViolation("PATTERN_INVALID", "market_entity", "address");
        Assert.Contains("256", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_range_needs_a_date_or_date_time_item() =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "name", i => i with { MaxDate = new DateOnly(2030, 1, 1) })
            .AssertSingleViolation("DATE_RANGE_TYPE", "market_entity", "name");

    [Fact]
    public void Min_date_may_not_be_after_max_date()
    {
        var catalog = SampleCatalog.Load();
        Assert.Empty(
            CatalogValidator.Validate(
                catalog.WithItem("tax_payment", "paid_on", i => i with { MinDate = new(2020, 1, 1), MaxDate = new(2020, 1, 1) })
            )
        );

        var violation = catalog
            .WithItem("tax_payment", "paid_on", i => i with { MinDate = new(2020, 1, 2), MaxDate = new(2020, 1, 1) })
            .AssertSingleViolation("DATE_RANGE_INVALID", "tax_payment", "paid_on");
        Assert.Contains("2020-01-02", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_broken_declaration_is_listed_at_once()
    {
        var catalog = SampleCatalog
            .Load()
            .WithItem("market_entity", "registered_capital", i => i with { Format = ValueFormat.Pattern, Pattern = "(" })
            .WithItem("market_entity", "name", i => i with { Pattern = "x", MinDate = new(2030, 1, 1), MaxDate = new(2020, 1, 1) });

        var violations = CatalogValidator.Validate(catalog);

        Assert.Equal(
            [
                ("FORMAT_TYPE", "registered_capital"),
                ("PATTERN_INVALID", "registered_capital"),
                ("PATTERN_WITHOUT_FORMAT", "name"),
                ("DATE_RANGE_TYPE", "name"),
                ("DATE_RANGE_INVALID", "name"),
            ],
            violations.Select(v => (v.Code, Item: v.Item!)).OrderBy(v => v.Item == "name").ToList()
        );
    }

    [Fact]
    public void The_sample_catalog_declares_formats_on_id_numbers_credit_codes_and_phones()
    {
        var catalog = SampleCatalog.Load();

        var formats = catalog
            .Resources.SelectMany(r => r.Items.Where(i => i.Format is not null).Select(i => ($"{r.ApiName}.{i.ApiName}", i.Format!.Value)))
            .ToList();

        Assert.Equal(
            [
                ("market_entity.credit_code", ValueFormat.CreditCode),
                ("market_entity.legal_rep_id", ValueFormat.IdNumber),
                ("market_entity.contact_phone", ValueFormat.Phone),
                ("household_person.id_number", ValueFormat.IdNumber),
                ("social_insurance.id_number", ValueFormat.IdNumber),
                ("social_insurance.employer_credit_code", ValueFormat.CreditCode),
                ("subsistence_allowance.id_number", ValueFormat.IdNumber),
                ("subsistence_allowance.phone", ValueFormat.Phone),
                ("tax_payment.taxpayer_id", ValueFormat.CreditCode),
            ],
            formats
        );
        Assert.Equal(new DateOnly(1900, 1, 1), catalog.Item("household_person", "birth_date").MinDate);
        Assert.Empty(CatalogValidator.Validate(catalog, reserved: SampleCatalog.Reserved));
    }

    private static DataCatalog WithPattern(string pattern) =>
        SampleCatalog.Load().WithItem("market_entity", "address", i => i with { Format = ValueFormat.Pattern, Pattern = pattern });
}
