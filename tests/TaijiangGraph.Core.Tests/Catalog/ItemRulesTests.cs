using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

public sealed class ItemRulesTests
{
    [Theory]
    [InlineData("market_entity", "legal_rep", null)]
    [InlineData("market_entity", "legal_rep", "")]
    [InlineData("market_entity", "inspection_notes", null)]
    [InlineData("household_person", "marital_status", "  ")]
    [InlineData("tax_payment", "amount", null)]
    public void Conditional_and_not_shared_items_need_a_legal_basis(string resource, string item, string? basis) =>
        SampleCatalog
            .Load()
            .WithItem(resource, item, i => i with { LegalBasis = basis })
            .AssertSingleViolation("LEGAL_BASIS_REQUIRED", resource, item);

    [Fact]
    public void Item_becoming_not_shared_needs_a_legal_basis() =>
        SampleCatalog
            .Load()
            .WithItem("subsistence_allowance", "community", i => i with { Sharing = SharingType.NotShared })
            .AssertSingleViolation("LEGAL_BASIS_REQUIRED", "subsistence_allowance", "community");

    [Theory]
    [InlineData(SharingType.Unconditional)]
    [InlineData(SharingType.Classified)]
    public void Unconditional_and_classified_items_need_no_legal_basis(SharingType sharing) =>
        Assert.Empty(
            CatalogValidator.Validate(
                SampleCatalog.Load().WithItem("market_entity", "inspection_notes", i => i with { Sharing = sharing, LegalBasis = null })
            )
        );

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Item_needs_a_chinese_name(string name) =>
        SampleCatalog
            .Load()
            .WithItem("household_person", "gender", i => i with { Name = name })
            .AssertSingleViolation("ITEM_INCOMPLETE", "household_person", "gender");

    [Theory]
    [InlineData(0, 0)]
    [InlineData(19, 2)]
    [InlineData(18, -1)]
    [InlineData(5, 6)]
    public void Decimal_precision_and_scale_must_be_valid(int precision, int scale) =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "registered_capital", i => i with { Type = DataType.Decimal(precision, scale) })
            .AssertSingleViolation("DECIMAL_INVALID", "market_entity", "registered_capital");

    [Theory]
    [InlineData(1, 0)]
    [InlineData(18, 0)]
    [InlineData(18, 18)]
    public void Decimal_bounds_are_valid(int precision, int scale) =>
        Assert.Empty(
            CatalogValidator.Validate(
                SampleCatalog
                    .Load()
                    .WithItem("market_entity", "registered_capital", i => i with { Type = DataType.Decimal(precision, scale) })
            )
        );

    [Fact]
    public void Classified_item_cannot_be_the_key() =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "record_id", i => i with { Sharing = SharingType.Classified })
            .AssertSingleViolation("CLASSIFIED_NOT_ALLOWED", "social_insurance", "record_id");

    [Fact]
    public void Classified_item_cannot_be_a_lookup_key() =>
        SampleCatalog
            .Load()
            .WithItem("household_person", "key_person_flag", i => i with { IsLookup = true })
            .AssertSingleViolation("CLASSIFIED_NOT_ALLOWED", "household_person", "key_person_flag");

    [Fact]
    public void Classified_item_cannot_be_a_reference() =>
        SampleCatalog
            .Load()
            .WithItem("tax_payment", "audit_case_ref", i => i with { Reference = new("market_entity", "credit_code", "audited_entity") })
            .AssertSingleViolation("CLASSIFIED_NOT_ALLOWED", "tax_payment", "audit_case_ref");

    [Fact]
    public void Referencing_item_cannot_become_classified() =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "employer_credit_code", i => i with { Sharing = SharingType.Classified })
            .AssertSingleViolation("CLASSIFIED_NOT_ALLOWED", "social_insurance", "employer_credit_code");

    [Theory]
    [InlineData("market_entity", "registered_capital", MaskingRule.Redact)]
    [InlineData("subsistence_allowance", "household_size", MaskingRule.Hash)]
    [InlineData("subsistence_allowance", "monthly_amount", MaskingRule.BankCard)]
    [InlineData("market_entity", "name", MaskingRule.DateYear)]
    [InlineData("household_person", "gender", MaskingRule.DateYear)]
    public void Mask_must_fit_the_item_type(string resource, string item, MaskingRule mask) =>
        SampleCatalog.Load().WithItem(resource, item, i => i with { Mask = mask }).AssertSingleViolation("MASK_TYPE", resource, item);

    [Theory]
    [InlineData("household_person", "gender", MaskingRule.Hash)]
    [InlineData("market_entity", "established_on", MaskingRule.DateYear)]
    [InlineData("market_entity", "established_on", MaskingRule.Redact)]
    public void Masks_on_string_and_date_items_are_valid(string resource, string item, MaskingRule mask) =>
        Assert.Empty(CatalogValidator.Validate(SampleCatalog.Load().WithItem(resource, item, i => i with { Mask = mask })));

    [Fact]
    public void Lookup_key_cannot_be_hash_masked() =>
        SampleCatalog
            .Load()
            .WithItem("household_person", "id_number", i => i with { Mask = MaskingRule.Hash })
            .AssertSingleViolation("LOOKUP_ON_HASH", "household_person", "id_number");

    [Fact]
    public void Key_item_cannot_be_retired() =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "record_id", i => i with { Retired = true })
            .AssertSingleViolation("KEY_RETIRED", "social_insurance", "record_id");

    [Fact]
    public void Retired_items_and_classified_items_leave_the_graph()
    {
        var catalog = SampleCatalog.Load().WithItem("market_entity", "status", i => i with { Retired = true });

        Assert.Empty(CatalogValidator.Validate(catalog));
        Assert.False(catalog.Item("market_entity", "status").IsExposed);
        Assert.True(catalog.Item("market_entity", "status").HasColumn);
        Assert.False(catalog.Item("tax_payment", "audit_case_ref").HasColumn);
        Assert.False(catalog.Item("tax_payment", "audit_case_ref").IsExposed);
    }
}
