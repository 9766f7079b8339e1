using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Graph.AuditLog;

namespace TaijiangGraph.Graph.Tests.AuditLog;

/// <summary>
/// docs/audit.md (The operation: signature, not text): the signature's text is for the bureau and the caller's department;
/// a provider sees of a REJECTED record written before records were filed per resource only its own resource's items.
/// </summary>
public sealed class AuditRecordVisibilityTests
{
    private static readonly AuditRecord OldRejected = new()
    {
        Format = AuditRecord.LegacyFormat,
        Time = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
        RequestId = "r",
        UserId = "u",
        UserName = "u",
        Department = "TJ-JY",
        Roles = "department",
        DocumentHash = "sha256:" + new string('a', 64),
        HttpMethod = "POST",
        MediumType = "application/json",
        Resource = "household_person",
        ItemsFiltered = ["household_person.name", "tax_payment.tax_type"],
        Outcome = AuditOutcome.Rejected,
    };

    private static Principal Reader(string dept, string role = "department") =>
        new("reader", "reader", dept, new HashSet<string> { role }, null);

    [Fact]
    public void The_bureau_and_the_callers_department_see_the_operation_and_every_item()
    {
        Assert.True(AuditRecordVisibility.SeesOperation(Reader("TJ-DSJ", "bureau"), OldRejected));
        Assert.True(AuditRecordVisibility.SeesOperation(Reader("TJ-JY"), OldRejected));
        Assert.Equal(OldRejected.ItemsFiltered, AuditRecordVisibility.ItemsFiltered(Reader("TJ-JY"), OldRejected));
    }

    [Fact]
    public void A_provider_sees_neither_the_operation_nor_another_resources_items()
    {
        Assert.False(AuditRecordVisibility.SeesOperation(Reader("TJ-GA"), OldRejected));
        Assert.Equal(["household_person.name"], AuditRecordVisibility.ItemsFiltered(Reader("TJ-GA"), OldRejected));
        Assert.Equal(["name"], AuditRecordVisibility.ItemsFiltered(Reader("TJ-GA"), OldRejected with { ItemsFiltered = ["name"] }));
    }
}
