using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>Usage records that differ from one another in every list and count, for chains under test.</summary>
internal static class SampleRecords
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    /// <summary>The <paramref name="i"/>-th sample: a read of household_person by TJ-MZ, one minute after the previous one.</summary>
    public static AuditRecord Read(int i) =>
        new()
        {
            Time = Start.AddMinutes(i),
            RequestId = $"trace-{i:D4}",
            UserId = "u-" + (i % 3),
            UserName = "王小明",
            Department = "TJ-MZ",
            Roles = "department",
            App = i % 2 == 0 ? "mz-portal" : null,
            ClientIp = "10.0.0." + (i % 250),
            OperationName = "Visits",
            OperationSignature = "query Visits { householdPeople(first: 0) { nodes { idNumber name street } } }",
            SignatureHash = "sha256:" + new string('a', 64),
            HttpMethod = "POST",
            MediumType = "application/graphql-response+json",
            Purpose = "困难群众走访联系",
            Resource = "household_person",
            ItemsRead = ["name", "street"],
            ItemsMasked = ["id_number"],
            ItemsDenied = i % 2 == 0 ? ["birth_date"] : [],
            ItemsFiltered = ["street"],
            RecordCount = 2,
            Outcome = i % 2 == 0 ? AuditOutcome.Partial : AuditOutcome.Allowed,
            Codes = i % 2 == 0 ? ["FORBIDDEN_CONDITIONAL"] : [],
            GrantIds = ["G-2025-0001", "G-2025-0002"],
            Approvers = ["city-reviewer-01"],
            ApplicationIds = i % 2 == 0 ? ["SA-2026-0001", "SA-2026-0002"] : [],
            FilterValueHashes = [Hex(i, 'f')],
            RecordKeyHashes = [Hex(i, '1'), Hex(i, '2')],
        };

    private static string Hex(int i, char fill) =>
        i.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + new string(fill, 56);
}
