using GraphQL.Types;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>GraphQL type <c>WorkingCalendarYear</c>: the holidays and 调休 workdays the bureau set for a year (docs/workflow.md).</summary>
internal sealed class WorkingCalendarYearType : ObjectGraphType<WorkingCalendarYear>
{
    public WorkingCalendarYearType()
    {
        Name = "WorkingCalendarYear";
        Description = "The working calendar of one year; without one (known: false) weekends are the only days off.";
        Field(y => y.Year);
        Field(y => y.Known).Description("The bureau has set this year's calendar.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateScalar>>>>("holidays")
            .Description("Days off (public holidays), in date order.")
            .Resolve(c => c.Source.Holidays);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateScalar>>>>("workdays")
            .Description("Saturdays and Sundays that are worked (调休), in date order.")
            .Resolve(c => c.Source.Workdays);
    }
}
