using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

public sealed class EvolutionRulesTests
{
    private static readonly DataCatalog Published = SampleCatalog.Load();

    private static DataCatalog Next => Published.NextVersion();

    [Fact]
    public void Next_version_of_an_unchanged_catalog_is_valid() => Assert.Empty(CatalogValidator.Validate(Next, Published));

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Version_must_increase(int version) =>
        (Published with { Version = version }).AssertSingleViolation("VERSION_NOT_INCREASED", null, null, Published);

    [Fact]
    public void Adding_an_item_is_valid()
    {
        var next = Next.WithItems("market_entity", items => items.Append(
                new CatalogItem
                {
                    ApiName = "business_scope",
                    Name = "经营范围",
                    Type = DataType.String,
                }
            ));

        Assert.Empty(CatalogValidator.Validate(next, Published));
    }

    [Fact]
    public void Retiring_an_item_is_valid() =>
        Assert.Empty(CatalogValidator.Validate(Next.WithItem("market_entity", "entity_type", i => i with { Retired = true }), Published));

    [Fact]
    public void Retired_item_stays_retired_in_the_next_version()
    {
        var v2 = Next.WithItem("market_entity", "entity_type", i => i with { Retired = true });

        Assert.Empty(CatalogValidator.Validate(v2.NextVersion(), v2));
    }

    [Fact]
    public void Adding_a_resource_is_valid()
    {
        var resource = new CatalogResource
        {
            Code = "350103-JY-0001",
            ApiName = "school",
            PluralApiName = "schools",
            Name = "学校基本信息",
            Provider = "TJ-JY",
            UpdateCycle = UpdateCycle.Yearly,
            Version = 2,
            Items =
            [
                new CatalogItem
                {
                    ApiName = "school_code",
                    Name = "学校标识码",
                    Type = DataType.String,
                    IsKey = true,
                },
                new CatalogItem
                {
                    ApiName = "operator_credit_code",
                    Name = "举办者统一社会信用代码",
                    Type = DataType.String,
                    Reference = new("market_entity", "credit_code", "operator", "schools"),
                },
            ],
        };

        Assert.Empty(CatalogValidator.Validate(Next with { Resources = [.. Published.Resources, resource] }, Published));
    }

    [Fact]
    public void Retiring_a_resource_is_valid() =>
        Assert.Empty(
            CatalogValidator.Validate(
                Next.WithResource("subsistence_allowance", r => r with { Status = ResourceStatus.Retired }),
                Published
            )
        );

    [Fact]
    public void Resource_cannot_be_removed() =>
        Next.WithoutResource("subsistence_allowance").AssertSingleViolation("RESOURCE_REMOVED", "subsistence_allowance", null, Published);

    [Theory]
    [InlineData("low_income_allowance", "subsistence_allowances")]
    [InlineData("subsistence_allowance", "subsistence_allowance_cases")]
    public void Resource_cannot_be_renamed(string singular, string plural) =>
        Next.WithResource("subsistence_allowance", r => r with { ApiName = singular, PluralApiName = plural })
            .AssertSingleViolation("RESOURCE_RENAMED", "subsistence_allowance", null, Published);

    [Fact]
    public void Item_cannot_be_removed() =>
        Next.WithItems("market_entity", items => items.Where(i => i.ApiName != "entity_type"))
            .AssertSingleViolation("ITEM_REMOVED", "market_entity", "entity_type", Published);

    [Fact]
    public void Item_cannot_be_renamed() =>
        Next.WithItem("market_entity", "entity_type", i => i with { ApiName = "kind" })
            .AssertSingleViolation("ITEM_REMOVED", "market_entity", "entity_type", Published);

    [Theory]
    [InlineData("market_entity", "registered_capital", "decimal(18,4)")]
    [InlineData("market_entity", "registered_capital", "decimal(16,2)")]
    [InlineData("market_entity", "registered_capital", "string")]
    [InlineData("market_entity", "established_on", "datetime")]
    [InlineData("subsistence_allowance", "household_size", "decimal(18,0)")]
    public void Item_type_never_changes_in_place(string resource, string item, string type)
    {
        var violation = Next.WithItem(resource, item, i => i with { Type = DataType.Parse(type) })
            .AssertSingleViolation("ITEM_TYPE_CHANGED", resource, item, Published);

        Assert.Contains(type, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retired_item_cannot_come_back()
    {
        var v2 = Next.WithItem("market_entity", "entity_type", i => i with { Retired = true });

        v2.NextVersion()
            .WithItem("market_entity", "entity_type", i => i with { Retired = false })
            .AssertSingleViolation("ITEM_UNRETIRED", "market_entity", "entity_type", v2);
    }

    [Fact]
    public void A_stored_item_cannot_become_classified_in_place() =>
        Next.WithItem("market_entity", "inspection_notes", i => i with { Sharing = SharingType.Classified })
            .AssertSingleViolation("ITEM_CLASSIFIED_IN_PLACE", "market_entity", "inspection_notes", Published);

    [Fact]
    public void Key_cannot_move_to_a_new_item() =>
        Next.WithItems("social_insurance", items => items
                    .Select(i => i with { IsKey = false })
                    .Append(
                        new CatalogItem
                        {
                            ApiName = "insurance_no",
                            Name = "参保编号",
                            Type = DataType.String,
                            IsKey = true,
                        }
                    ))
            .AssertSingleViolation("KEY_CHANGED", "social_insurance", "record_id", Published);

    [Fact]
    public void Key_cannot_move_to_an_existing_item()
    {
        var next = Next.WithItem("social_insurance", "record_id", i => i with { IsKey = false })
            .WithItem("social_insurance", "last_paid_month", i => i with { IsKey = true });

        var violations = CatalogValidator.Validate(next, Published);

        Assert.Equal(2, violations.Count);
        SampleCatalog.AssertIs(violations[0], "KEY_CHANGED", "social_insurance", "record_id");
        SampleCatalog.AssertIs(violations[1], "KEY_CHANGED", "social_insurance", "last_paid_month");
    }

    [Fact]
    public void Every_evolution_violation_of_one_item_is_reported()
    {
        var v2 = Next.WithItem("market_entity", "entity_type", i => i with { Retired = true });
        var v3 = v2.WithItem("market_entity", "entity_type", i => i with { Retired = false, Type = DataType.Int });

        var violations = CatalogValidator.Validate(v3, v2);

        Assert.Equal(["VERSION_NOT_INCREASED", "ITEM_TYPE_CHANGED", "ITEM_UNRETIRED"], violations.Select(v => v.Code));
        Assert.All(violations.Skip(1), v => Assert.Equal(("market_entity", "entity_type"), (v.Resource, v.Item)));
    }

    [Fact]
    public void Catalog_rules_still_apply_to_the_next_version() =>
        Next.WithItem("tax_payment", "amount", i => i with { LegalBasis = null })
            .AssertSingleViolation("LEGAL_BASIS_REQUIRED", "tax_payment", "amount", Published);
}
