using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

public sealed class ResourceRulesTests
{
    [Fact]
    public void Sample_catalog_has_no_violations()
    {
        var catalog = SampleCatalog.Load();

        Assert.Empty(CatalogValidator.Validate(catalog));
        Assert.Equal(5, catalog.Resources.Count);
        Assert.Equal(8, catalog.Departments.Count);
        CatalogValidator.EnsureValid(catalog);
    }

    [Fact]
    public void Resource_without_a_key_is_rejected() =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "record_id", i => i with { IsKey = false })
            .AssertSingleViolation("KEY_COUNT", "social_insurance", null);

    [Fact]
    public void Resource_with_two_keys_names_both_key_items()
    {
        var catalog = SampleCatalog.Load().WithItem("social_insurance", "status", i => i with { IsKey = true });

        var violations = CatalogValidator.Validate(catalog);

        Assert.Equal(2, violations.Count);
        SampleCatalog.AssertIs(violations[0], "KEY_COUNT", "social_insurance", "record_id");
        SampleCatalog.AssertIs(violations[1], "KEY_COUNT", "social_insurance", "status");
    }

    [Fact]
    public void Provider_must_be_a_registered_department()
    {
        var violation = SampleCatalog
            .Load()
            .WithResource("subsistence_allowance", r => r with { Provider = "TJ-XX" })
            .AssertSingleViolation("PROVIDER_UNKNOWN", "subsistence_allowance", null);

        Assert.Contains("TJ-XX", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "最低生活保障信息")]
    [InlineData("350103-MZ-0001", "")]
    [InlineData("350103-MZ-0001", "   ")]
    public void Resource_needs_a_code_and_a_name(string code, string name) =>
        SampleCatalog
            .Load()
            .WithResource("subsistence_allowance", r => r with { Code = code, Name = name })
            .AssertSingleViolation("RESOURCE_INCOMPLETE", "subsistence_allowance", null);

    [Fact]
    public void Resource_code_must_be_unique()
    {
        var violation = SampleCatalog
            .Load()
            .WithResource("subsistence_allowance", r => r with { Code = "350103-GA-0001" })
            .AssertSingleViolation("RESOURCE_CODE_DUPLICATE", "subsistence_allowance", null);

        Assert.Contains("350103-GA-0001", violation.Message, StringComparison.Ordinal);
        Assert.Contains("household_person", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Department_code_must_be_unique()
    {
        var sample = SampleCatalog.Load();
        var catalog = sample with { Departments = [.. sample.Departments, new Department("TJ-MZ", "台江区民政局（重复）")] };

        var violation = catalog.AssertSingleViolation("DEPARTMENT_DUPLICATE", null, null);

        Assert.Contains("TJ-MZ", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_violation_is_returned_not_only_the_first()
    {
        var catalog = SampleCatalog
            .Load()
            .WithResource("tax_payment", r => r with { Provider = "TJ-NOBODY" })
            .WithItem("market_entity", "legal_rep", i => i with { LegalBasis = null, Name = "" })
            .WithItem("household_person", "key_person_flag", i => i with { IsLookup = true })
            .WithItem("social_insurance", "contribution_base", i => i with { Type = DataType.Decimal(20, 2), Mask = MaskingRule.Redact })
            .WithItem("subsistence_allowance", "case_no", i => i with { IsKey = false })
            .WithItem("tax_payment", "taxpayer_id", i => i with { Reference = i.Reference! with { Item = "name" } });

        var found = CatalogValidator.Validate(catalog).Select(v => (v.Code, v.Resource, v.Item)).ToHashSet();

        (string, string?, string?)[] expected =
        [
            ("PROVIDER_UNKNOWN", "tax_payment", null),
            ("ITEM_INCOMPLETE", "market_entity", "legal_rep"),
            ("LEGAL_BASIS_REQUIRED", "market_entity", "legal_rep"),
            ("CLASSIFIED_NOT_ALLOWED", "household_person", "key_person_flag"),
            ("DECIMAL_INVALID", "social_insurance", "contribution_base"),
            ("MASK_TYPE", "social_insurance", "contribution_base"),
            ("KEY_COUNT", "subsistence_allowance", null),
            ("REFERENCE_NOT_KEY", "tax_payment", "taxpayer_id"),
        ];
        Assert.Equal(expected.ToHashSet(), found);

        var thrown = Assert.Throws<CatalogInvalidException>(() => CatalogValidator.EnsureValid(catalog));
        Assert.Equal(expected.Length, thrown.Violations.Count);
        Assert.All(thrown.Violations, v => Assert.Contains(v.ToString(), thrown.Message, StringComparison.Ordinal));
    }
}
