using TaijiangGraph.Core.Workflow;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>An application as the API shows it: the stored application and its schedule at the request's now.</summary>
internal sealed record ShareApplicationView(ShareApplication Application, ApplicationSchedule Schedule);
