using GraphQL.Types;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Graph.AuditLog;

/// <summary>GraphQL enum <c>AuditOutcome</c>: ALLOWED, PARTIAL, DENIED, REJECTED.</summary>
internal sealed class AuditOutcomeEnum : EnumerationGraphType<AuditOutcome>
{
    public AuditOutcomeEnum()
    {
        Name = "AuditOutcome";
        Description = "How an audited access ended.";
    }
}
