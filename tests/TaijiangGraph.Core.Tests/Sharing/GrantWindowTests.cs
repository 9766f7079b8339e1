using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Tests.Sharing;

/// <summary>
/// The window of a department's grants around now (docs/architecture.md, Grants and decisions cached per department): it runs from
/// the last state boundary at or before now to the first after it, no grant changes state inside it, and its decisions are made
/// once per catalog resource.
/// </summary>
public sealed class GrantWindowTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

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
            },
        ],
    };

    /// <summary>Valid 2026-03-01 to 2026-03-31.</summary>
    private static readonly Grant March = Grant("G-1", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    /// <summary>Valid 2026-03-10 to 2026-12-31, revoked on 2026-03-20 at 09:30 in Taijiang.</summary>
    private static readonly Grant Revoked = Grant("G-2", new DateOnly(2026, 3, 10), new DateOnly(2026, 12, 31)) with
    {
        RevokedAt = new DateTimeOffset(2026, 3, 20, 9, 30, 0, Cst),
    };

    [Fact]
    public void State_boundaries_are_the_start_of_validFrom_the_end_of_validTo_and_the_revocation()
    {
        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 10, 0, 0, 0, Cst),
                new DateTimeOffset(2027, 1, 1, 0, 0, 0, Cst),
                new DateTimeOffset(2026, 3, 20, 9, 30, 0, Cst),
            ],
            Revoked.StateBoundaries()
        );
        Assert.Empty(Grant("G-0", DateOnly.MinValue, DateOnly.MaxValue).StateBoundaries());
    }

    [Theory]
    [InlineData("2026-02-15T12:00:00+08:00", null, "2026-03-01T00:00:00+08:00", "")]
    [InlineData("2026-03-01T00:00:00+08:00", "2026-03-01T00:00:00+08:00", "2026-03-10T00:00:00+08:00", "G-1")]
    [InlineData("2026-03-15T08:00:00+08:00", "2026-03-10T00:00:00+08:00", "2026-03-20T09:30:00+08:00", "G-1 G-2")]
    [InlineData("2026-03-20T09:30:00+08:00", "2026-03-20T09:30:00+08:00", "2026-04-01T00:00:00+08:00", "G-1")]
    [InlineData("2026-03-31T23:59:59+08:00", "2026-03-20T09:30:00+08:00", "2026-04-01T00:00:00+08:00", "G-1")]
    [InlineData("2026-06-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00", "2027-01-01T00:00:00+08:00", "")]
    [InlineData("2027-06-01T00:00:00+08:00", "2027-01-01T00:00:00+08:00", null, "")]
    public void The_window_runs_from_the_last_boundary_at_or_before_now_to_the_first_after_it(
        string now,
        string? from,
        string? until,
        string active
    )
    {
        var window = GrantWindow.Around("C", [March, Revoked], At(now));

        Assert.Equal(from is null ? DateTimeOffset.MinValue : At(from), window.From);
        Assert.Equal(until is null ? DateTimeOffset.MaxValue : At(until), window.Until);
        Assert.Equal(active, string.Join(' ', window.Active.Select(g => g.Id)));
        Assert.True(window.Covers(At(now)));
    }

    [Theory]
    [InlineData("2026-03-05T12:00:00+08:00")] // G-2 becomes valid at the end
    [InlineData("2026-03-15T08:00:00+08:00")] // G-2 is revoked at the end
    [InlineData("2026-03-25T08:00:00+08:00")] // G-1 expires at the end
    public void No_grant_changes_state_inside_a_window_and_one_does_at_its_end(string now)
    {
        var window = GrantWindow.Around("C", [March, Revoked], At(now));
        var last = window.Until.AddTicks(-1);

        foreach (var grant in new[] { March, Revoked })
        {
            Assert.Equal(grant.StateAt(window.From), grant.StateAt(last));
        }

        Assert.Contains(new[] { March, Revoked }, g => g.StateAt(last) != g.StateAt(window.Until));
        Assert.False(window.Covers(window.Until));
        Assert.False(window.Covers(window.From.AddTicks(-1)));
    }

    [Fact]
    public void Decisions_are_made_once_per_resource_in_a_window_and_afresh_in_the_next()
    {
        var held = new HeldGrants("C", [March]);
        var inside = held.At(new DateTimeOffset(2026, 3, 31, 23, 0, 0, Cst));

        Assert.Same(inside, held.At(new DateTimeOffset(2026, 3, 2, 0, 0, 0, Cst)));
        Assert.Same(inside.DecisionsFor(Resource), inside.DecisionsFor(Resource));
        Assert.Equal(AccessKind.Raw, inside.Decide(Resource, Resource.FindItem("phone")!).Kind);
        Assert.Equal(["G-1"], inside.Decide(Resource, Resource.FindItem("phone")!).GrantIds);

        var after = held.At(new DateTimeOffset(2026, 4, 1, 0, 0, 0, Cst));
        Assert.NotSame(inside, after);
        Assert.Equal(AccessKind.Denied, after.Decide(Resource, Resource.FindItem("phone")!).Kind);
    }

    [Fact]
    public void A_new_catalog_version_of_a_resource_gets_its_own_decisions()
    {
        var window = new HeldGrants("C", [March]).At(new DateTimeOffset(2026, 3, 15, 0, 0, 0, Cst));
        var published = Resource with { Items = [Resource.Items[0], Resource.Items[1] with { Sharing = SharingType.NotShared }] };

        Assert.Equal(AccessKind.Raw, window.Decide(Resource, Resource.FindItem("phone")!).Kind);
        Assert.Equal(AccessKind.Denied, window.Decide(published, published.FindItem("phone")!).Kind);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Grant Grant(string id, DateOnly from, DateOnly to) =>
        new()
        {
            Id = id,
            Grantee = "C",
            Resource = "thing",
            Items = [new GrantItem("phone")],
            Purpose = "p",
            ValidFrom = from,
            ValidTo = to,
            Approver = "r",
        };
}
