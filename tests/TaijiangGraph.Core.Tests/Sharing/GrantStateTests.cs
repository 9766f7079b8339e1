using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Tests.Sharing;

public sealed class GrantStateTests
{
    private static readonly Grant Grant = new()
    {
        Id = "G-1",
        Grantee = "TJ-RS",
        Resource = "household_person",
        Items = [new GrantItem("name")],
        Purpose = "社保参保资格核验",
        ValidFrom = new DateOnly(2024, 1, 1),
        ValidTo = new DateOnly(2026, 1, 31),
        Approver = "city-reviewer-01",
    };

    [Theory]
    [InlineData("2023-12-31T15:59:59Z", GrantState.NotYetValid)] // 23:59:59 on 31 Dec in Fuzhou
    [InlineData("2023-12-31T16:00:00Z", GrantState.Active)] // 00:00 on 1 Jan in Fuzhou
    [InlineData("2026-01-31T15:59:59Z", GrantState.Active)] // last second of the last valid day
    [InlineData("2026-01-31T16:00:00Z", GrantState.Expired)]
    public void Validity_dates_are_inclusive_calendar_days_in_China_Standard_Time(string now, GrantState expected) =>
        Assert.Equal(expected, Grant.StateAt(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_revoked_grant_is_revoked_from_the_moment_of_revocation()
    {
        var revokedAt = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var grant = Grant with { RevokedAt = revokedAt };

        Assert.Equal(GrantState.Active, grant.StateAt(revokedAt.AddSeconds(-1)));
        Assert.Equal(GrantState.Revoked, grant.StateAt(revokedAt));
        Assert.False(grant.IsActiveAt(revokedAt.AddDays(1)));
    }

    [Fact]
    public void Row_scope_describes_its_conditions()
    {
        Assert.Equal("all rows", RowScope.AllRows.ToString());
        Assert.Equal("street = 苍霞", new RowScope([new RowScopeCondition("street", ["苍霞"])]).ToString());
        Assert.Equal("street IN (苍霞, 瀛洲)", new RowScope([new RowScopeCondition("street", ["苍霞", "瀛洲"])]).ToString());
    }
}
