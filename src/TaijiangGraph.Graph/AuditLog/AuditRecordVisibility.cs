using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.AuditLog;

/// <summary>
/// What of a usage record a reader of <c>auditLog</c> sees (docs/audit.md). The bureau and the department that made the
/// access see everything, including the operation signature. The provider of the record's resource (a department reading
/// accesses to its own resources) sees the signature's hash but not its text, which names the other resources the caller
/// read, and only its own resource's items of a REJECTED record written before records were filed per resource.
/// </summary>
internal static class AuditRecordVisibility
{
    public static bool SeesOperation(Principal reader, AuditRecord record) => reader.IsBureau || reader.Department == record.Department;

    public static IReadOnlyList<string> ItemsFiltered(Principal reader, AuditRecord record) =>
        SeesOperation(reader, record)
            ? record.ItemsFiltered
            : record
                .ItemsFiltered.Where(i =>
                    !i.Contains('.', StringComparison.Ordinal) || i.StartsWith(record.Resource + ".", StringComparison.Ordinal)
                )
                .ToList();
}
