using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

/// <summary>
/// A resource's provider never changes, and only the provider changes its existing items: any other publisher
/// (the bureau) may add items and resources and retire items, nothing else.
/// </summary>
public sealed class PublicationRulesTests
{
    private const string Bureau = "TJ-DSJ";

    private static readonly DataCatalog Published = SampleCatalog.Load();

    private static DataCatalog Next => Published.NextVersion();

    public static TheoryData<string, string, string> NonProviderChanges() =>
        new()
        {
            { "household_person", "marital_status", "sharing" },
            { "household_person", "key_person_flag", "declassify" },
            { "household_person", "id_number", "mask" },
            { "household_person", "name", "lookup" },
            { "tax_payment", "taxpayer_name", "reference" },
            { "household_person", "marital_status", "legal basis" },
            { "household_person", "marital_status", "name" },
            { "market_entity", "status", "notes" },
            { "market_entity", "contact_phone", "format" },
            { "market_entity", "address", "pattern" },
            { "household_person", "birth_date", "date range" },
        };

    [Theory]
    [InlineData(Bureau)]
    [InlineData("TJ-GA")]
    [InlineData(null)]
    public void A_provider_never_changes(string? publisher)
    {
        var violations = CatalogValidator.ValidatePublication(
            Next.WithResource("household_person", r => r with { Provider = Bureau }),
            Published,
            publisher
        );

        var violation = Assert.Single(violations);
        SampleCatalog.AssertIs(violation, "PROVIDER_CHANGED", "household_person", null);
        Assert.Contains("TJ-GA → TJ-DSJ", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_provider_does_not_make_the_publisher_the_provider_of_its_items()
    {
        var next = Next.WithResource("household_person", r => r with { Provider = Bureau })
            .WithItem("household_person", "marital_status", i => i with { Sharing = SharingType.Unconditional, LegalBasis = null });

        var violations = CatalogValidator.ValidatePublication(next, Published, Bureau);

        Assert.Equal(
            [("PROVIDER_CHANGED", "household_person", null), ("CHANGE_BY_NON_PROVIDER", "household_person", "marital_status")],
            violations.Select(v => (v.Code, v.Resource, v.Item))
        );
    }

    [Theory]
    [MemberData(nameof(NonProviderChanges))]
    public void Another_department_may_not_change_an_existing_item(string resource, string item, string change)
    {
        var next = Next.WithItem(resource, item, Change(change));

        var violation = Assert.Single(CatalogValidator.ValidatePublication(next, Published, Bureau));

        SampleCatalog.AssertIs(violation, "CHANGE_BY_NON_PROVIDER", resource, item);
        Assert.Contains(Published.FindResource(resource)!.Provider, violation.Message, StringComparison.Ordinal);
        Assert.Contains(Bureau, violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NonProviderChanges))]
    public void The_provider_may_change_its_own_items(string resource, string item, string change) =>
        Assert.Empty(
            CatalogValidator.ValidatePublication(
                Next.WithItem(resource, item, Change(change)),
                Published,
                Published.FindResource(resource)!.Provider
            )
        );

    [Fact]
    public void A_publisher_without_a_department_provides_nothing() =>
        SampleCatalog.AssertIs(
            Assert.Single(
                CatalogValidator.ValidatePublication(
                    Next.WithItem("household_person", "marital_status", Change("sharing")),
                    Published,
                    publisher: null
                )
            ),
            "CHANGE_BY_NON_PROVIDER",
            "household_person",
            "marital_status"
        );

    [Fact]
    public void Several_changes_of_one_item_are_one_violation_naming_each()
    {
        var next = Next.WithItem("household_person", "id_number", i =>
            i with
            {
                Sharing = SharingType.Unconditional,
                Mask = MaskingRule.None,
                LegalBasis = null,
            }
        );

        var violation = Assert.Single(CatalogValidator.ValidatePublication(next, Published, Bureau));

        SampleCatalog.AssertIs(violation, "CHANGE_BY_NON_PROVIDER", "household_person", "id_number");
        Assert.Contains("sharing type (CONDITIONAL → UNCONDITIONAL)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("mask (ID_NUMBER → NONE)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_department_may_retire_items_add_items_and_add_resources()
    {
        var next = Next.WithItem("household_person", "marital_status", i => i with { Retired = true })
            .WithItem("market_entity", "inspection_notes", i => i with { Retired = true })
            .WithItems("household_person", items => items.Append(
                    new CatalogItem
                    {
                        ApiName = "nationality",
                        Name = "国籍",
                        Type = DataType.String,
                    }
                ))
            .WithResource("tax_payment", r => r with { Summary = "纳税人税款入库信息（更新）" });
        var school = new CatalogResource
        {
            Code = "350103-DSJ-0001",
            ApiName = "data_asset",
            PluralApiName = "data_assets",
            Name = "数据资产登记",
            Provider = Bureau,
            Items =
            [
                new CatalogItem
                {
                    ApiName = "asset_code",
                    Name = "资产编号",
                    Type = DataType.String,
                    IsKey = true,
                },
            ],
        };

        Assert.Empty(CatalogValidator.ValidatePublication(next with { Resources = [.. next.Resources, school] }, Published, Bureau));
    }

    [Theory]
    [InlineData(ResourceStatus.Published)]
    [InlineData(ResourceStatus.Draft)]
    public void Only_the_provider_brings_a_retired_resource_back(ResourceStatus status)
    {
        var v2 = Next.WithResource("subsistence_allowance", r => r with { Status = ResourceStatus.Retired });
        var v3 = v2.NextVersion().WithResource("subsistence_allowance", r => r with { Status = status });

        var violation = Assert.Single(CatalogValidator.ValidatePublication(v3, v2, Bureau));

        SampleCatalog.AssertIs(violation, "CHANGE_BY_NON_PROVIDER", "subsistence_allowance", null);
        Assert.Empty(CatalogValidator.ValidatePublication(v3, v2, "TJ-MZ"));
        Assert.Empty(CatalogValidator.ValidatePublication(v2, Published, Bureau));
    }

    [Fact]
    public void Changes_refused_to_everyone_keep_their_own_code()
    {
        var next = Next.WithItem("market_entity", "registered_capital", i => i with { Type = DataType.String });

        SampleCatalog.AssertIs(
            Assert.Single(CatalogValidator.ValidatePublication(next, Published, Bureau)),
            "ITEM_TYPE_CHANGED",
            "market_entity",
            "registered_capital"
        );
    }

    [Fact]
    public void A_new_resource_cannot_take_an_existing_resources_name_or_code()
    {
        var copy = Published.FindResource("household_person")! with
        {
            Provider = Bureau,
            Items =
            [
                .. Published
                    .FindResource("household_person")!
                    .Items.Select(i => i with { Sharing = SharingType.Unconditional, Mask = MaskingRule.None, LegalBasis = null }),
            ],
        };
        var sameName = copy with { Code = "350103-DSJ-0002" };
        var sameCode = copy with { ApiName = "household_copy", PluralApiName = "household_copies" };

        var byName = CatalogValidator.ValidatePublication(Next with { Resources = [.. Published.Resources, sameName] }, Published, Bureau);
        var byCode = CatalogValidator.ValidatePublication(Next with { Resources = [.. Published.Resources, sameCode] }, Published, Bureau);

        Assert.Contains(byName, v => v.Code == "NAME_DUPLICATE");
        Assert.Contains(byCode, v => v.Code == "RESOURCE_CODE_DUPLICATE");
    }

    [Fact]
    public void A_resource_api_name_leaves_room_for_its_table_prefix()
    {
        var name = "r" + new string('x', CatalogValidator.MaxResourceApiNameLength);
        var resource = new CatalogResource
        {
            Code = "350103-DSJ-0003",
            ApiName = name,
            PluralApiName = name[..^1] + "s",
            Name = "长名称资源",
            Provider = Bureau,
            Items =
            [
                new CatalogItem
                {
                    ApiName = "code",
                    Name = "编号",
                    Type = DataType.String,
                    IsKey = true,
                },
            ],
        };

        var violations = CatalogValidator.Validate(Published with { Resources = [.. Published.Resources, resource] });

        SampleCatalog.AssertIs(Assert.Single(violations), "NAME_INVALID", name, null);
        Assert.Empty(
            CatalogValidator.Validate(Published with { Resources = [.. Published.Resources, resource with { ApiName = name[1..] }] })
        );
    }

    private static Func<CatalogItem, CatalogItem> Change(string change) =>
        change switch
        {
            "sharing" => i => i with { Sharing = SharingType.Unconditional, LegalBasis = null },
            "declassify" => i => i with { Sharing = SharingType.Unconditional },
            "mask" => i => i with { Mask = MaskingRule.None },
            "lookup" => i => i with { IsLookup = true },
            "reference" => i => i with { Reference = new("market_entity", "credit_code", "taxpayer_entity") },
            "legal basis" => i => i with { LegalBasis = "个人信息保护法" },
            "name" => i => i with { Name = "婚姻登记状况" },
            "notes" => i => i with { Notes = "存续 / 在业 / 注销 / 吊销 / 迁出" },
            "format" => i => i with { Format = null },
            "pattern" => i => i with { Format = ValueFormat.Pattern, Pattern = "福州市.+" },
            "date range" => i => i with { MinDate = new DateOnly(1880, 1, 1) },
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "No such change."),
        };
}
