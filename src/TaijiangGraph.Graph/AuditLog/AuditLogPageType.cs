using GraphQL.Types;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Graph.AuditLog;

/// <summary>GraphQL type <c>AuditLogPage</c>: a page of usage records, newest first.</summary>
internal sealed class AuditLogPageType : ObjectGraphType<AuditLogPage>
{
    public AuditLogPageType()
    {
        Name = "AuditLogPage";
        Description = "A page of usage records, newest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditRecordType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field(p => p.HasNextPage);
        Field(p => p.EndCursor, nullable: true).Description("Pass as 'after' for the next page.");
    }
}
