using GraphQL.Types;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Graph.Auditing.Signatures;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.AuditLog;

/// <summary>GraphQL type <c>AuditRecord</c>: one usage record (第十九条) of the audit trail.</summary>
internal sealed class AuditRecordType : ObjectGraphType<AuditEntry>
{
    public AuditRecordType()
    {
        Name = "AuditRecord";
        Description = "A usage record: purpose, user, approver, data content, time, method and medium of one access.";
        Field<NonNullGraphType<StringGraphType>>("id")
            .Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("nodeId").Resolve(c => c.Source.Chained.NodeId);
        Field<NonNullGraphType<StringGraphType>>("sequence")
            .Description("Position in the writer " + "node's chain.")
            .Resolve(c => c.Source.Chained.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("time").Description("获取时间 (UTC).").Resolve(c => c.Source.Chained.Record.Time);
        Field<NonNullGraphType<StringGraphType>>("requestId").Resolve(c => c.Source.Chained.Record.RequestId);
        Field<NonNullGraphType<StringGraphType>>("userId").Description("使用人员.").Resolve(c => c.Source.Chained.Record.UserId);
        Field<NonNullGraphType<StringGraphType>>("userName").Resolve(c => c.Source.Chained.Record.UserName);
        Field<NonNullGraphType<StringGraphType>>("department").Resolve(c => c.Source.Chained.Record.Department);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Resolve(c => c.Source.Chained.Record.Roles.Split(','));
        Field<StringGraphType>("app").Resolve(c => c.Source.Chained.Record.App);
        Field<StringGraphType>("clientIp").Resolve(c => c.Source.Chained.Record.ClientIp);
        Field<StringGraphType>("operationName").Resolve(c => c.Source.Chained.Record.OperationName);
        Field<StringGraphType>("operationSignature")
            .Description(
                "获取方式: the operation with every literal replaced by a placeholder and aliases removed. Shown to the "
                    + "bureau and "
                    + "the department that made the access; null for others, and when the document did not parse or validate."
            )
            .Resolve(c =>
                AuditRecordVisibility.SeesOperation(c.Request().Principal, c.Source.Chained.Record)
                    ? c.Source.Chained.Record.OperationSignature
                    : null
            );
        Field<StringGraphType>("signatureHash")
            .Description(
                "sha256 of the operation "
                    + "signature: "
                    + "equal for "
                    + "requests that "
                    + "differ only in "
                    + "literal values or aliases."
            )
            .Resolve(c => c.Source.Chained.Record.SignatureHash);
        Field<StringGraphType>("documentHash")
            .Description("Always null: a hash of the raw document gives its literals back.")
            .DeprecationReason("A hash of the raw document gives its literal values back. Use signatureHash.")
            .Resolve(_ => null);
        Field<NonNullGraphType<StringGraphType>>("httpMethod").Resolve(c => c.Source.Chained.Record.HttpMethod);
        Field<NonNullGraphType<StringGraphType>>("mediumType").Description("介质类型.").Resolve(c => c.Source.Chained.Record.MediumType);
        Field<StringGraphType>("purpose").Description("具体用途.").Resolve(c => c.Source.Chained.Record.Purpose);
        Field<StringGraphType>("resource").Description("数据内容: the resource.").Resolve(c => c.Source.Chained.Record.Resource);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("itemsRead")
            .Resolve(c => c.Source.Chained.Record.ItemsRead);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("itemsMasked")
            .Resolve(c => c.Source.Chained.Record.ItemsMasked);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("itemsDenied")
            .Resolve(c => c.Source.Chained.Record.ItemsDenied);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("itemsFiltered")
            .Resolve(c => AuditRecordVisibility.ItemsFiltered(c.Request().Principal, c.Source.Chained.Record));
        Field<NonNullGraphType<IntGraphType>>("recordCount").Resolve(c => c.Source.Chained.Record.RecordCount);
        Field<NonNullGraphType<AuditOutcomeEnum>>("outcome").Resolve(c => c.Source.Chained.Record.Outcome);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes").Resolve(c => c.Source.Chained.Record.Codes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("grantIds")
            .Resolve(c => c.Source.Chained.Record.GrantIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("applicationIds")
            .Description("批准人员: the share applications whose approval created the grants; empty for grants not created by one.")
            .Resolve(c => c.Source.Chained.Record.ApplicationIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("approvers")
            .Description("批准人员.")
            .Resolve(c => c.Source.Chained.Record.Approvers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recordKeyHashes")
            .Description("Keyed hashes of the keys of the records returned.")
            .Resolve(c => c.Source.Chained.Record.RecordKeyHashes);
    }
}
