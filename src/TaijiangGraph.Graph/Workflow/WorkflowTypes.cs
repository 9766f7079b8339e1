using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Catalog;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// The workflow's graph types, each created once per schema and shared by every field that uses it (GraphQL.NET refuses two
/// instances of one named type); <see cref="Grant"/> is the schema's one <c>Grant</c> type.
/// </summary>
internal sealed class WorkflowTypes
{
    public WorkflowTypes(GrantType grant, IGrantStore grants)
    {
        Grant = grant;
        Condition = new RowScopeConditionInputType();
        Input = new ShareApplicationInputType(Condition);
        Application = new ShareApplicationType(grants, new RowScopeConditionType(), new ShareApplicationHistoryEntryType());
        Task = new WorkflowTaskType(Application, grant);
        CalendarYear = new WorkingCalendarYearType();
    }

    public GrantType Grant { get; }

    public RowScopeConditionInputType Condition { get; }

    public ShareApplicationInputType Input { get; }

    public ShareApplicationType Application { get; }

    public WorkflowTaskType Task { get; }

    public WorkingCalendarYearType CalendarYear { get; }
}
