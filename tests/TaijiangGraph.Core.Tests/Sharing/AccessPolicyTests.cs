using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Tests.Sharing;

public sealed class AccessPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));

    private static readonly CatalogResource Resource = new()
    {
        Code = "T-1",
        ApiName = "thing",
        PluralApiName = "things",
        Name = "测试",
        Provider = "P",
        Items =
        [
            new CatalogItem
            {
                ApiName = "id",
                Name = "编号",
                Type = DataType.String,
                IsKey = true,
            },
            new CatalogItem
            {
                ApiName = "phone",
                Name = "电话",
                Type = DataType.String,
                Sharing = SharingType.Conditional,
                LegalBasis = "b",
                Mask = MaskingRule.Phone,
            },
            new CatalogItem
            {
                ApiName = "note",
                Name = "备注",
                Type = DataType.String,
                Sharing = SharingType.NotShared,
                LegalBasis = "b",
            },
            new CatalogItem
            {
                ApiName = "secret",
                Name = "密",
                Type = DataType.String,
                Sharing = SharingType.Classified,
            },
            new CatalogItem
            {
                ApiName = "old",
                Name = "旧",
                Type = DataType.String,
                Retired = true,
            },
        ],
    };

    private static Principal Caller(string dept, string role = Roles.Department) => new("u", "u", dept, new HashSet<string> { role }, null);

    private static Grant Grant(
        string id,
        bool lift = false,
        RowScope? scope = null,
        DateTimeOffset? revoked = null,
        string item = "phone"
    ) =>
        new()
        {
            Id = id,
            Grantee = "C",
            Resource = "thing",
            Items = [new GrantItem(item, lift)],
            Purpose = "p",
            ValidFrom = new DateOnly(2025, 1, 1),
            ValidTo = new DateOnly(2030, 12, 31),
            Approver = "r",
            RowScope = scope ?? RowScope.AllRows,
            RevokedAt = revoked,
        };

    private static AccessDecision Decide(string dept, string item, params Grant[] grants) =>
        AccessPolicy.Decide(Caller(dept), Resource, Resource.FindItem(item)!, grants, Now);

    private static readonly RowScope Cangxia = new([new RowScopeCondition("street", ["苍霞"])]);
    private static readonly RowScope Yingzhou = new([new RowScopeCondition("street", ["瀛洲"])]);

    [Fact]
    public void The_provider_reads_everything_raw_but_never_classified_or_retired_items()
    {
        Assert.Equal(AccessKind.Raw, Decide("P", "phone").Kind);
        Assert.Equal(AccessKind.Raw, Decide("P", "note").Kind);
        Assert.Equal(AccessKind.Denied, Decide("P", "secret").Kind);
        Assert.Equal(AccessKind.Denied, Decide("P", "old").Kind);
    }

    [Fact]
    public void A_grant_for_another_resource_department_or_item_does_not_count()
    {
        Assert.Equal(ErrorCodes.Policy.ForbiddenConditional, Decide("C", "phone", Grant("g", item: "id")).DenyCode);
        Assert.Equal(ErrorCodes.Policy.ForbiddenConditional, Decide("D", "phone", Grant("g")).DenyCode);
        Assert.Equal(ErrorCodes.Policy.ForbiddenConditional, Decide("C", "phone", Grant("g") with { Resource = "other" }).DenyCode);
    }

    [Fact]
    public void A_revoked_grant_stops_counting_at_revocation()
    {
        Assert.Equal(AccessKind.Masked, Decide("C", "phone", Grant("g", revoked: Now.AddSeconds(1))).Kind);
        Assert.Equal(AccessKind.Denied, Decide("C", "phone", Grant("g", revoked: Now)).Kind);
    }

    [Fact]
    public void Not_shared_items_stay_denied_even_with_a_grant_naming_them() =>
        Assert.Equal(ErrorCodes.Policy.ForbiddenNotShared, Decide("C", "note", Grant("g", item: "note")).DenyCode);

    [Fact]
    public void Overlapping_grants_lift_the_mask_when_any_unscoped_grant_lifts_it()
    {
        var d = Decide("C", "phone", Grant("a"), Grant("b", lift: true));

        Assert.Equal(AccessKind.Raw, d.Kind);
        Assert.False(d.IsScoped);
        Assert.Equal(["b"], d.GrantIds);
    }

    [Fact]
    public void A_scoped_grant_limits_rows_unless_another_grant_covers_all_rows()
    {
        Assert.Equal("MASK(Phone) [street = 苍霞]", Decide("C", "phone", Grant("a", scope: Cangxia)).ToString());
        Assert.Equal("MASK(Phone)", Decide("C", "phone", Grant("a", scope: Cangxia), Grant("b")).ToString());
        Assert.Equal(
            "MASK(Phone) [street = 苍霞 OR " + "street = 瀛洲]",
            Decide("C", "phone", Grant("a", scope: Cangxia), Grant("b", scope: Yingzhou)).ToString()
        );
    }

    [Fact]
    public void A_scoped_lifting_grant_does_not_unmask_the_wider_read_of_an_unscoped_grant()
    {
        Assert.Equal("MASK(Phone)", Decide("C", "phone", Grant("a"), Grant("b", lift: true, scope: Cangxia)).ToString());
        Assert.Equal("RAW [street = 苍霞]", Decide("C", "phone", Grant("b", lift: true, scope: Cangxia)).ToString());
    }

    [Fact]
    public void The_bureau_has_no_data_privileges() =>
        Assert.Equal(
            AccessKind.Denied,
            AccessPolicy.Decide(Caller("B", Roles.Bureau), Resource, Resource.FindItem("phone")!, [], Now).Kind
        );

    [Fact]
    public void DecideAll_covers_exposed_items_only()
    {
        var all = AccessPolicy.DecideAll(Caller("C"), Resource, [], Now);

        Assert.Equal(["id", "note", "phone"], all.Keys.Order());
    }
}
