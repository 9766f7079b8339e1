using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Filtering;
using TaijiangGraph.Graph.Paging;

namespace TaijiangGraph.Graph.Tests.Filtering;

/// <summary>docs/data-in.md ("Incremental reads"): <c>updatedSince</c> is read as a UTC instant cut to the microsecond, and it is
/// part of what a cursor's signature binds.</summary>
public sealed class UpdatedSinceArgumentTests
{
    private static readonly DateTime Utc = new(2026, 11, 26, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_instant_with_an_offset_becomes_the_same_instant_in_UTC()
    {
        var condition = UpdatedSinceArgument.Parse(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(new ChangedAfterCondition(Utc), condition);
        Assert.Equal(DateTimeKind.Utc, condition!.Instant.Kind);
    }

    [Fact]
    public void An_instant_without_an_offset_is_UTC_and_a_fraction_of_a_microsecond_is_cut()
    {
        var condition = UpdatedSinceArgument.Parse(DateTime.SpecifyKind(Utc.AddTicks(19), DateTimeKind.Unspecified));

        Assert.Equal(Utc.AddTicks(10), condition!.Instant);
        Assert.Equal(DateTimeKind.Utc, condition.Instant.Kind);
    }

    [Fact]
    public void No_argument_is_no_condition_and_a_non_date_is_refused()
    {
        Assert.Null(UpdatedSinceArgument.Parse(null));
        Assert.Throws<ArgumentException>(() => UpdatedSinceArgument.Parse("yesterday"));
    }

    [Fact]
    public void The_cursor_signature_differs_with_and_without_updatedSince_and_between_instants()
    {
        var where = new ItemCondition("street", FilterOperator.Eq, "苍霞");
        var plain = CursorSignature.Of(where, []);
        var since = CursorSignature.Of(new AndFilter([where, new ChangedAfterCondition(Utc)]), []);
        var later = CursorSignature.Of(new AndFilter([where, new ChangedAfterCondition(Utc.AddTicks(10))]), []);

        Assert.Equal(3, new[] { plain, since, later }.Distinct().Count());
        Assert.Equal(since, CursorSignature.Of(new AndFilter([where, new ChangedAfterCondition(Utc)]), []));
    }
}
