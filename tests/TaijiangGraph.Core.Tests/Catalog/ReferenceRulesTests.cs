using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

public sealed class ReferenceRulesTests
{
    [Theory]
    [InlineData("household", "id_number")]
    [InlineData("household_person", "id_no")]
    [InlineData("350103-GA-9999", "id_number")]
    public void Reference_must_resolve(string resource, string item)
    {
        var violation = SampleCatalog
            .Load()
            .WithItem("market_entity", "legal_rep_id", i => i with { Reference = i.Reference! with { Resource = resource, Item = item } })
            .AssertSingleViolation("REFERENCE_UNRESOLVED", "market_entity", "legal_rep_id");

        Assert.Contains($"{resource}.{item}", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_referenced_key_breaks_every_reference_to_it()
    {
        var violations = CatalogValidator.Validate(
            SampleCatalog.Load().WithItem("household_person", "id_number", i => i with { ApiName = "citizen_id" })
        );

        Assert.Equal(
            [("market_entity", "legal_rep_id"), ("social_insurance", "id_number"), ("subsistence_allowance", "id_number")],
            violations.Select(v => (v.Resource, v.Item))
        );
        Assert.All(violations, v => Assert.Equal("REFERENCE_UNRESOLVED", v.Code));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("street")]
    public void Reference_must_target_the_key(string item) =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "legal_rep_id", i => i with { Reference = i.Reference! with { Item = item } })
            .AssertSingleViolation("REFERENCE_NOT_KEY", "market_entity", "legal_rep_id");

    [Fact]
    public void Reference_must_target_the_key_of_the_referenced_resource_not_its_lookup() =>
        SampleCatalog
            .Load()
            .WithItem("tax_payment", "taxpayer_id", i => i with { Reference = new("social_insurance", "id_number", "taxpayer") })
            .AssertSingleViolation("REFERENCE_NOT_KEY", "tax_payment", "taxpayer_id");

    [Theory]
    [InlineData("int")]
    [InlineData("date")]
    [InlineData("decimal(18,0)")]
    public void Reference_must_have_the_type_of_the_target_key(string type) =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "employer_credit_code", i => i with { Type = DataType.Parse(type), Format = null })
            .AssertSingleViolation("REFERENCE_TYPE_MISMATCH", "social_insurance", "employer_credit_code");

    [Fact]
    public void Reference_type_mismatch_is_reported_when_the_target_key_changes_type()
    {
        var violations = CatalogValidator.Validate(
            SampleCatalog.Load().WithItem("market_entity", "credit_code", i => i with { Type = DataType.Int, Format = null })
        );

        Assert.Equal(2, violations.Count);
        SampleCatalog.AssertIs(violations[0], "REFERENCE_TYPE_MISMATCH", "social_insurance", "employer_credit_code");
        SampleCatalog.AssertIs(violations[1], "REFERENCE_TYPE_MISMATCH", "tax_payment", "taxpayer_id");
    }

    [Fact]
    public void Reference_may_name_the_target_by_code() =>
        Assert.Empty(
            CatalogValidator.Validate(
                SampleCatalog
                    .Load()
                    .WithItem("tax_payment", "taxpayer_id", i => i with { Reference = i.Reference! with { Resource = "350103-SCJG-0001" } })
            )
        );

    [Fact]
    public void New_reference_with_link_and_reverse_name_is_valid()
    {
        var catalog = SampleCatalog
            .Load()
            .WithItem("subsistence_allowance", "id_number", i =>
                i with
                {
                    Reference = i.Reference! with { ReverseName = "subsistence_allowances" },
                }
            );

        Assert.Empty(CatalogValidator.Validate(catalog));
    }
}
