using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("EntityType")]
    [InlineData("entity__type")]
    [InlineData("entity_type_")]
    [InlineData("_entity_type")]
    [InlineData("1st_type")]
    [InlineData("entity-type")]
    [InlineData("企业类型")]
    [InlineData("")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void Item_name_must_be_snake_case(string name) =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "entity_type", i => i with { ApiName = name })
            .AssertSingleViolation("NAME_INVALID", "market_entity", name);

    [Theory]
    [InlineData("id")]
    [InlineData("row_id")]
    [InlineData("and")]
    [InlineData("or")]
    [InlineData("record_info")]
    public void Item_name_cannot_be_reserved(string name) =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "entity_type", i => i with { ApiName = name })
            .AssertSingleViolation("NAME_RESERVED", "market_entity", name);

    [Fact]
    public void Item_names_must_be_unique_within_a_resource() =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "address", i => i with { ApiName = "street" })
            .AssertSingleViolation("NAME_DUPLICATE", "market_entity", "street");

    [Theory]
    [InlineData("a_1", "a1")]
    [InlineData("a1", "a_1")]
    [InlineData("entity_type_2", "entity_type2")]
    [InlineData("x_2y", "x2y")]
    public void Item_names_must_differ_in_camel_case(string first, string second)
    {
        var violation = SampleCatalog
            .Load()
            .WithItem("market_entity", "entity_type", i => i with { ApiName = first })
            .WithItem("market_entity", "address", i => i with { ApiName = second })
            .AssertSingleViolation("NAME_DUPLICATE", "market_entity", second);

        Assert.Contains(first, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_item_name_in_different_resources_is_valid() =>
        Assert.Empty(
            CatalogValidator.Validate(SampleCatalog.Load().WithItem("tax_payment", "taxpayer_name", i => i with { ApiName = "name" }))
        );

    [Theory]
    [InlineData("name")]
    [InlineData("street")]
    [InlineData("legal_rep_id")]
    [InlineData("contact_phone")]
    public void Link_name_cannot_collide_with_an_item_field(string link) =>
        SampleCatalog
            .Load()
            .WithItem("market_entity", "legal_rep_id", i => i with { Reference = i.Reference! with { LinkName = link } })
            .AssertSingleViolation("NAME_DUPLICATE", "market_entity", "legal_rep_id");

    [Fact]
    public void Link_names_must_be_unique_within_a_resource() =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "employer_credit_code", i => i with { Reference = i.Reference! with { LinkName = "person" } })
            .AssertSingleViolation("NAME_DUPLICATE", "social_insurance", "employer_credit_code");

    [Theory]
    [InlineData("Person", "NAME_INVALID")]
    [InlineData("id", "NAME_RESERVED")]
    [InlineData("record_info", "NAME_RESERVED")]
    public void Link_name_must_be_valid_and_not_reserved(string link, string code) =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "id_number", i => i with { Reference = i.Reference! with { LinkName = link } })
            .AssertSingleViolation(code, "social_insurance", "id_number");

    [Theory]
    [InlineData("name")]
    [InlineData("credit_code")]
    [InlineData("legal_rep_person")]
    public void Reverse_name_cannot_collide_with_the_target_fields(string reverse) =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "employer_credit_code", i => i with { Reference = i.Reference! with { ReverseName = reverse } })
            .AssertSingleViolation("NAME_DUPLICATE", "social_insurance", "employer_credit_code");

    [Fact]
    public void Reverse_names_on_the_same_target_must_differ()
    {
        var violation = SampleCatalog
            .Load()
            .WithItem("social_insurance", "employer_credit_code", i =>
                i with
                {
                    Reference = i.Reference! with { ReverseName = "tax_payments" },
                }
            )
            .AssertSingleViolation("NAME_DUPLICATE", "tax_payment", "taxpayer_id");

        Assert.Contains("social_insurance.employer_credit_code", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reverse_name_is_checked_when_the_reference_names_the_resource_by_code() =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "employer_credit_code", i =>
                i with
                {
                    Reference = i.Reference! with { Resource = "350103-SCJG-0001", ReverseName = "status" },
                }
            )
            .AssertSingleViolation("NAME_DUPLICATE", "social_insurance", "employer_credit_code");

    [Theory]
    [InlineData("InsuredEmployees", "NAME_INVALID")]
    [InlineData("row_id", "NAME_RESERVED")]
    [InlineData("record_info", "NAME_RESERVED")]
    public void Reverse_name_must_be_valid_and_not_reserved(string reverse, string code) =>
        SampleCatalog
            .Load()
            .WithItem("social_insurance", "employer_credit_code", i => i with { Reference = i.Reference! with { ReverseName = reverse } })
            .AssertSingleViolation(code, "social_insurance", "employer_credit_code");

    [Theory]
    [InlineData("Subsistence_Allowance", "subsistence_allowances", "Subsistence_Allowance")]
    [InlineData("subsistence-allowance", "subsistence_allowances", "subsistence-allowance")]
    [InlineData("subsistence_allowance", "subsistence allowances", "subsistence_allowance")]
    public void Resource_names_must_be_snake_case(string singular, string plural, string named) =>
        SampleCatalog
            .Load()
            .WithResource("subsistence_allowance", r => r with { ApiName = singular, PluralApiName = plural })
            .AssertSingleViolation("NAME_INVALID", named, null);

    [Theory]
    [InlineData("department", "allowances")]
    [InlineData("node", "allowances")]
    [InlineData("allowance", "resources")]
    [InlineData("item", "allowances")]
    [InlineData("page_info", "allowances")]
    [InlineData("grant", "allowances")]
    public void Resource_names_cannot_be_reserved(string singular, string plural) =>
        SampleCatalog
            .Load()
            .WithResource("subsistence_allowance", r => r with { ApiName = singular, PluralApiName = plural })
            .AssertSingleViolation("NAME_RESERVED", singular, null);

    [Fact]
    public void Resource_names_are_reserved_only_by_the_names_given()
    {
        var catalog = SampleCatalog
            .Load()
            .WithResource("subsistence_allowance", r => r with { ApiName = "custom_root", PluralApiName = "allowances" });

        Assert.Empty(CatalogValidator.Validate(catalog));
        var violation = Assert.Single(CatalogValidator.Validate(catalog, reserved: new ReservedNames(["customRoot"], [])));
        SampleCatalog.AssertIs(violation, "NAME_RESERVED", "custom_root", null);
        SampleCatalog.AssertIs(
            Assert.Single(CatalogValidator.Validate(catalog, reserved: new ReservedNames([], ["CustomRoot"]))),
            "NAME_RESERVED",
            "custom_root",
            null
        );
        SampleCatalog.AssertIs(
            Assert.Single(CatalogValidator.ValidatePublication(catalog, null, null, new ReservedNames(["allowances"], []))),
            "NAME_RESERVED",
            "custom_root",
            null
        );
    }

    [Theory]
    [InlineData("allowance", "household_people")]
    [InlineData("social_insurance_records", "allowances")]
    [InlineData("allowance", "market_entities")]
    [InlineData("market_entity", "allowances")]
    public void Resource_names_must_be_unique_across_resources(string singular, string plural)
    {
        var violation = SampleCatalog
            .Load()
            .WithResource("subsistence_allowance", r => r with { ApiName = singular, PluralApiName = plural })
            .AssertSingleViolation("NAME_DUPLICATE", singular, null);

        Assert.Contains("already used by resource", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Singular_and_plural_names_must_differ()
    {
        var catalog = SampleCatalog.Load().WithResource("subsistence_allowance", r => r with { PluralApiName = "subsistence_allowance" });

        var violations = CatalogValidator.Validate(catalog);

        Assert.NotEmpty(violations);
        Assert.All(violations, v => SampleCatalog.AssertIs(v, "NAME_DUPLICATE", "subsistence_allowance", null));
    }
}
