using GraphQL.Types;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Graph.AuditLog;

/// <summary>GraphQL type <c>ChainVerification</c>.</summary>
internal sealed class ChainVerificationType : ObjectGraphType<ChainVerification>
{
    public ChainVerificationType()
    {
        Name = "ChainVerification";
        Description = "Result of verifying the audit chains: OK, or the first record that does not verify.";
        Field(v => v.Ok);
        Field<NonNullGraphType<IntGraphType>>("checked")
            .Description("Records verified within " + "the range.")
            .Resolve(c => checked((int)c.Source.Checked)); // fails rather than misreport beyond GraphQL's 32-bit Int
        Field(v => v.NodeId, nullable: true).Description("Writer node of the first broken record.");
        Field<StringGraphType>("sequence").Resolve(c => c.Source.Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<StringGraphType>("recordId").Resolve(c => c.Source.RecordId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(v => v.Reason, nullable: true);
    }
}
