using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// The working calendar (docs/workflow.md, Working days): <c>workingCalendar(year)</c> for every caller, and
/// <c>setWorkingCalendar</c> for the bureau, which replaces one year's calendar or refuses it with <c>INVALID_CALENDAR</c> and
/// every violation (<c>field</c> <c>holidays</c>, <c>workdays</c> or <c>year</c>; <c>item</c> the date).
/// </summary>
internal static class WorkingCalendarFields
{
    public static void AddQueryTo(ObjectGraphType query, WorkflowTypes types, WorkflowResolvers workflow) =>
        query
            .Field("workingCalendar", new NonNullGraphType(types.CalendarYear))
            .Description("The working calendar of a year; known: false when the bureau has not set it.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int>("year");
                var calendar = await workflow.Calendars.LoadCalendarAsync(c.CancellationToken);
                return Of(calendar, year);
            });

    public static void AddMutationTo(ObjectGraphType mutation, WorkflowTypes types, WorkflowResolvers workflow) =>
        mutation
            .Field("setWorkingCalendar", new NonNullGraphType(types.CalendarYear))
            .Description("Set (replace) a year's public holidays and 调休 workdays (bureau only).")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<DateScalar>>>>("holidays", "Days off, on any day of the week.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<DateScalar>>>>("workdays", "Saturdays and Sundays that are worked.")
            .ResolveAsync(async c =>
            {
                var request = c.Request();
                if (!request.Principal.HasRole(Roles.Bureau))
                {
                    throw WorkflowErrors.Forbidden("Only the bureau sets the working calendar.");
                }

                var year = c.GetArgument<int>("year");
                var holidays = c.GetArgument<List<DateOnly>>("holidays");
                var workdays = c.GetArgument<List<DateOnly>>("workdays");
                WorkingYear set;
                try
                {
                    set = WorkingYear.Create(year, holidays, workdays);
                }
                catch (WorkingCalendarInvalidException e)
                {
                    throw WorkflowErrors.Violations(
                        e.Message,
                        [
                            .. e.Violations.Select(v => new WorkflowViolation(
                                e.Code,
                                FieldOf(v, workdays),
                                v.Date?.ToString("yyyy-MM-dd", null),
                                v.ToString()
                            )),
                        ]
                    );
                }

                await workflow.Calendars.SetYearAsync(set, request.Principal.UserId, c.CancellationToken);
                return Of(WorkingCalendar.Empty.With(set), year);
            });

    private static string FieldOf(WorkingCalendarViolation violation, List<DateOnly> workdays) =>
        violation.Date is not { } date ? "year"
        : workdays.Contains(date) ? "workdays"
        : "holidays";

    private static WorkingCalendarYear Of(WorkingCalendar calendar, int year) =>
        calendar.Years.FirstOrDefault(y => y.Year == year) is { } known
            ? new WorkingCalendarYear(year, true, [.. known.Holidays.Order()], [.. known.Workdays.Order()])
            : new WorkingCalendarYear(year, false, [], []);
}
