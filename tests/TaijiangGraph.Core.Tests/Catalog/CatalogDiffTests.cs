using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Tests.Catalog;

/// <summary><see cref="CatalogDiff.Between"/>: every kind of change, each with the values before and after in the catalog's JSON
/// text.</summary>
public sealed class CatalogDiffTests
{
    private static readonly DataCatalog Published = SampleCatalog.Load();

    private static DataCatalog Next => Published.NextVersion();

    public static TheoryData<string, ItemChangeKind, string?, string?> ItemChanges() =>
        new()
        {
            { "sharing", ItemChangeKind.SharingChanged, "NOT_SHARED", "UNCONDITIONAL" },
            { "classification", ItemChangeKind.SharingChanged, "CLASSIFIED", "CONDITIONAL" },
            { "legal basis", ItemChangeKind.LegalBasisChanged, "个人信息保护法 敏感个人信息", null },
            { "mask", ItemChangeKind.MaskChanged, "ID_NUMBER", "NONE" },
            { "lookup", ItemChangeKind.LookupChanged, "false", "true" },
            { "indexed", ItemChangeKind.IndexedChanged, "false", "true" },
            { "reference", ItemChangeKind.ReferenceChanged, null, "market_entity.credit_code as employer reverse employees" },
            { "reference removed", ItemChangeKind.ReferenceChanged, "household_person.id_number as person", null },
            { "type", ItemChangeKind.TypeChanged, "decimal(18,2)", "string" },
            { "key", ItemChangeKind.KeyChanged, "false", "true" },
            { "retired", ItemChangeKind.Retired, "false", "true" },
            { "name", ItemChangeKind.NameChanged, "婚姻状况", "婚姻登记状况" },
            { "notes", ItemChangeKind.NotesChanged, null, "已核对" },
            { "format removed", ItemChangeKind.FormatChanged, "PHONE", null },
            { "pattern", ItemChangeKind.FormatChanged, null, "PATTERN /[0-9]{6}/" },
            { "range", ItemChangeKind.RangeChanged, "1900-01-01..…", "1900-01-01..2100-12-31" },
        };

    [Fact]
    public void An_unchanged_catalog_has_no_changes()
    {
        var diff = CatalogDiff.Between(Published, Next);

        Assert.True(diff.IsEmpty);
        Assert.Equal((1, 2), (diff.FromVersion, diff.ToVersion));
    }

    [Theory]
    [MemberData(nameof(ItemChanges))]
    public void An_item_change_names_resource_item_kind_and_the_values_before_and_after(
        string change,
        ItemChangeKind kind,
        string? before,
        string? after
    )
    {
        var (resource, item, next) = Change(change);

        var diff = CatalogDiff.Between(Published, next);

        Assert.Equal(new ItemChange(resource, item, kind, before, after), Assert.Single(diff.Items));
        Assert.Empty(diff.Resources);
        Assert.Empty(diff.Departments);
        Assert.Equal([new ItemChange(resource, item, kind, before, after)], diff.ItemChangesOf(resource));
        Assert.Empty(diff.ItemChangesOf(resource + "_other"));
    }

    [Fact]
    public void A_retired_item_coming_back_is_unretired()
    {
        var v2 = Next.WithItem("market_entity", "entity_type", i => i with { Retired = true });

        var diff = CatalogDiff.Between(v2, v2.NextVersion().WithItem("market_entity", "entity_type", i => i with { Retired = false }));

        Assert.Equal(new ItemChange("market_entity", "entity_type", ItemChangeKind.Unretired, "true", "false"), Assert.Single(diff.Items));
    }

    [Fact]
    public void Added_and_removed_items_carry_their_sharing_type()
    {
        var next = Next.WithItems("market_entity", items => items
                .Where(i => i.ApiName != "inspection_notes")
                .Append(
                    new CatalogItem
                    {
                        ApiName = "website",
                        Name = "网址",
                        Type = DataType.String,
                    }
                ));

        var diff = CatalogDiff.Between(Published, next);

        Assert.Equal(
            [
                new ItemChange("market_entity", "inspection_notes", ItemChangeKind.Removed, "NOT_SHARED", null),
                new ItemChange("market_entity", "website", ItemChangeKind.Added, null, "UNCONDITIONAL"),
            ],
            diff.Items
        );
    }

    [Fact]
    public void Several_changes_of_one_item_are_listed_in_a_fixed_order()
    {
        var next = Next.WithItem("household_person", "id_number", i =>
            i with
            {
                Sharing = SharingType.Unconditional,
                Mask = MaskingRule.None,
                IsLookup = false,
                Retired = true,
            }
        );

        var diff = CatalogDiff.Between(Published, next);

        Assert.Equal(
            [ItemChangeKind.Retired, ItemChangeKind.SharingChanged, ItemChangeKind.MaskChanged, ItemChangeKind.LookupChanged],
            diff.Items.Select(c => c.Kind)
        );
        Assert.All(diff.Items, c => Assert.Equal(("household_person", "id_number"), (c.Resource, c.Item)));
    }

    [Fact]
    public void Resource_changes_name_the_resource_with_the_values_before_and_after()
    {
        var next = Next.WithResource("household_person", r =>
                r with
                {
                    Provider = "TJ-DSJ",
                    Name = "人口信息",
                    Summary = "新摘要",
                    Format = "api",
                    UpdateCycle = UpdateCycle.Daily,
                    ApiName = "person",
                    PluralApiName = "people",
                }
            )
            .WithResource("subsistence_allowance", r => r with { Status = ResourceStatus.Retired })
            .WithResource("tax_payment", r => r with { Status = ResourceStatus.Draft });

        var diff = CatalogDiff.Between(Published, next);

        var gaSummary = Published.FindResource("household_person")!.Summary;
        Assert.Equal(
            [
                new ResourceChange("household_person", ResourceChangeKind.Renamed, "household_person/household_people", "person/people"),
                new ResourceChange("household_person", ResourceChangeKind.ProviderChanged, "TJ-GA", "TJ-DSJ"),
                new ResourceChange("household_person", ResourceChangeKind.NameChanged, "户籍人口信息", "人口信息"),
                new ResourceChange("household_person", ResourceChangeKind.SummaryChanged, gaSummary, "新摘要"),
                new ResourceChange("household_person", ResourceChangeKind.FormatChanged, "table", "api"),
                new ResourceChange("household_person", ResourceChangeKind.UpdateCycleChanged, "REALTIME", "DAILY"),
                new ResourceChange("subsistence_allowance", ResourceChangeKind.Retired, "PUBLISHED", "RETIRED"),
                new ResourceChange("tax_payment", ResourceChangeKind.StatusChanged, "PUBLISHED", "DRAFT"),
            ],
            diff.Resources
        );
        Assert.Empty(diff.Items);
    }

    [Fact]
    public void Added_and_removed_resources_carry_their_provider_and_their_items_are_not_listed()
    {
        var school = new CatalogResource
        {
            Code = "350103-JY-0001",
            ApiName = "school",
            PluralApiName = "schools",
            Name = "学校基本信息",
            Provider = "TJ-JY",
            Items =
            [
                new CatalogItem
                {
                    ApiName = "school_code",
                    Name = "学校标识码",
                    Type = DataType.String,
                    IsKey = true,
                },
            ],
        };
        var next = Next.WithoutResource("tax_payment") with { Resources = [.. Next.WithoutResource("tax_payment").Resources, school] };

        var diff = CatalogDiff.Between(Published, next);

        Assert.Equal(
            [
                new ResourceChange("tax_payment", ResourceChangeKind.Removed, "TJ-SW", null),
                new ResourceChange("school", ResourceChangeKind.Added, null, "TJ-JY"),
            ],
            diff.Resources
        );
        Assert.Empty(diff.Items);
    }

    [Fact]
    public void Resources_are_matched_by_code_so_a_new_code_is_a_removal_and_an_addition()
    {
        var next = Next.WithResource("tax_payment", r => r with { Code = "350103-SW-0099" });

        var diff = CatalogDiff.Between(Published, next);

        Assert.Equal([ResourceChangeKind.Removed, ResourceChangeKind.Added], diff.Resources.Select(c => c.Kind));
        Assert.All(diff.Resources, c => Assert.Equal("tax_payment", c.Resource));
    }

    [Fact]
    public void Department_changes_carry_names_and_roles_as_ordered_sets()
    {
        var next = Next with
        {
            Departments =
            [
                .. Published
                    .Departments.Where(d => d.Code != "TJ-JY")
                    .Select(d =>
                        d.Code switch
                        {
                            "TJ-MZ" => d with { Roles = ["cdo", "bureau", "department"] },
                            "TJ-SW" => d with { Name = "税务局" },
                            "TJ-DSJ" => d with { Roles = ["cdo", "department", "bureau"] },
                            _ => d,
                        }
                    ),
                new Department("TJ-WJ", "台江区卫生健康局") { Roles = ["department"] },
            ],
        };

        var diff = CatalogDiff.Between(Published, next);

        Assert.Equal(
            [
                new DepartmentChange("TJ-MZ", DepartmentChangeKind.RolesChanged, "cdo,department", "bureau,cdo,department"),
                new DepartmentChange("TJ-SW", DepartmentChangeKind.Renamed, "国家税务总局福州市台江区税务局", "税务局"),
                new DepartmentChange("TJ-JY", DepartmentChangeKind.Removed, "cdo,department", null),
                new DepartmentChange("TJ-WJ", DepartmentChangeKind.Added, null, "department"),
            ],
            diff.Departments
        );
    }

    [Fact]
    public void The_first_version_adds_every_department_and_resource()
    {
        var diff = CatalogDiff.Between(null, Published);

        Assert.Null(diff.FromVersion);
        Assert.Equal(Published.Departments.Select(d => d.Code), diff.Departments.Select(c => c.Department));
        Assert.All(diff.Departments, c => Assert.Equal(DepartmentChangeKind.Added, c.Kind));
        Assert.Equal(
            Published.Resources.Select(r => (r.ApiName, ResourceChangeKind.Added, r.Provider)),
            diff.Resources.Select(c => (c.Resource, c.Kind, c.After!))
        );
        Assert.Empty(diff.Items);
    }

    [Fact]
    public void The_diff_reads_back_from_its_json_form()
    {
        var next = Next.WithItem("household_person", "marital_status", i => i with { Sharing = SharingType.Unconditional })
            .WithItems("market_entity", items => items.Append(
                    new CatalogItem
                    {
                        ApiName = "website",
                        Name = "网址",
                        Type = DataType.String,
                    }
                ));
        var diff = CatalogDiff.Between(Published, next);

        var json = System.Text.Json.JsonSerializer.Serialize(diff, CatalogJson.Options);
        var back = System.Text.Json.JsonSerializer.Deserialize<CatalogDiff>(json, CatalogJson.Options)!;

        Assert.Contains("\"kind\": \"SHARING_CHANGED\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isEmpty", json, StringComparison.Ordinal);
        Assert.Equal(2, back.Items.Count);
        Assert.Equal(diff.Items, back.Items);
        Assert.Equal((diff.FromVersion, diff.ToVersion), (back.FromVersion, back.ToVersion));
    }

    private static (string Resource, string Item, DataCatalog Next) Change(string change) =>
        change switch
        {
            "format removed" => (
                "market_entity",
                "contact_phone",
                Next.WithItem("market_entity", "contact_phone", i => i with { Format = null })
            ),
            "pattern" => (
                "market_entity",
                "address",
                Next.WithItem("market_entity", "address", i => i with { Format = ValueFormat.Pattern, Pattern = "[0-9]{6}" })
            ),
            "range" => (
                "household_person",
                "birth_date",
                Next.WithItem("household_person", "birth_date", i => i with { MaxDate = new DateOnly(2100, 12, 31) })
            ),
            "sharing" => (
                "household_person",
                "marital_status",
                Next.WithItem("household_person", "marital_status", i => i with { Sharing = SharingType.Unconditional })
            ),
            "classification" => (
                "household_person",
                "key_person_flag",
                Next.WithItem("household_person", "key_person_flag", i => i with { Sharing = SharingType.Conditional })
            ),
            "legal basis" => (
                "household_person",
                "marital_status",
                Next.WithItem("household_person", "marital_status", i => i with { LegalBasis = null })
            ),
            "mask" => (
                "social_insurance",
                "id_number",
                Next.WithItem("social_insurance", "id_number", i => i with { Mask = MaskingRule.None })
            ),
            "lookup" => ("household_person", "name", Next.WithItem("household_person", "name", i => i with { IsLookup = true })),
            "indexed" => ("market_entity", "name", Next.WithItem("market_entity", "name", i => i with { Indexed = true })),
            "reference" => (
                "tax_payment",
                "taxpayer_name",
                Next.WithItem("tax_payment", "taxpayer_name", i =>
                    i with
                    {
                        Reference = new("market_entity", "credit_code", "employer", "employees"),
                    }
                )
            ),
            "reference removed" => (
                "social_insurance",
                "id_number",
                Next.WithItem("social_insurance", "id_number", i => i with { Reference = null })
            ),
            "type" => (
                "market_entity",
                "registered_capital",
                Next.WithItem("market_entity", "registered_capital", i => i with { Type = DataType.String })
            ),
            "key" => ("market_entity", "name", Next.WithItem("market_entity", "name", i => i with { IsKey = true })),
            "retired" => ("market_entity", "entity_type", Next.WithItem("market_entity", "entity_type", i => i with { Retired = true })),
            "name" => (
                "household_person",
                "marital_status",
                Next.WithItem("household_person", "marital_status", i => i with { Name = "婚姻登记状况" })
            ),
            "notes" => (
                "household_person",
                "marital_status",
                Next.WithItem("household_person", "marital_status", i => i with { Notes = "已核对" })
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "No such change."),
        };
}
