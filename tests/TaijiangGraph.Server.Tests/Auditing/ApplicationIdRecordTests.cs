using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// docs/audit.md (What is recorded, 批准人员): a read under grants that approved share applications created records those
/// applications beside the grants and their approvers (distinct, ordinal order), a read under the seed's grants records none, the
/// records verify as format 3, and <c>auditLog</c> shows <c>applicationIds</c> to the bureau and to the resource's provider — on
/// SQLite and on PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicationIdRecordTests(PostgresServerFixture postgres)
{
    private const string Read = "{ marketEntities(first: 3) { nodes { creditCode legalRep contactPhone } } }";
    private const string AuditLog = "query($u: String) { auditLog(user: $u) { nodes { resource grantIds approvers applicationIds } } }";

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_read_under_grants_from_share_applications_records_the_applications_and_a_seed_grant_none(DatabaseProvider provider)
    {
        using var server =
            provider == DatabaseProvider.Sqlite
                ? new TaijiangServerFactory()
                : TaijiangServerFactory.OnPostgreSql(postgres.ConnectionString(await postgres.CreateDatabaseAsync("audit_apps")));
        var (jy, sw) = (Trail.NewUser("jy"), Trail.NewUser("sw"));

        var refused = await AuditHttp.Post(server, AuditHttp.Token(server, jy, "TJ-JY"), Read);
        // Stored in the reverse order of their application ids, by two reviewers.
        await server
            .Services.GetRequiredService<GovernanceStore>()
            .AddGrantsAsync(
                [
                    Granted("G-2026-0102", "contact_phone", "SA-20261126-0002", "city-reviewer-02"),
                    Granted("G-2026-0101", "legal_rep", "SA-20261126-0001", "city-reviewer-01"),
                ],
                "test"
            );
        var allowed = await AuditHttp.Post(server, AuditHttp.Token(server, jy, "TJ-JY"), Read);
        var seeded = await AuditHttp.Post(server, AuditHttp.Token(server, sw, "TJ-SW"), Read);

        Assert.Equal(["FORBIDDEN_CONDITIONAL"], refused.ErrorCodes);
        Assert.True(allowed.Errors.Count == 0, allowed.Text);
        Assert.True(seeded.Errors.Count == 0, seeded.Text);
        var records = await Trail.OfUser(server, jy);
        Assert.Equal(2, records.Count);
        Assert.Equal((AuditOutcome.Partial, 0, 0), (records[0].Outcome, records[0].GrantIds.Count, records[0].ApplicationIds.Count));
        var granted = records[1];
        Assert.Equal(AuditOutcome.Allowed, granted.Outcome);
        Assert.Equal(AuditRecord.ApplicationFormat, granted.Format);
        Assert.Equal(["G-2026-0101", "G-2026-0102"], granted.GrantIds);
        Assert.Equal(["city-reviewer-01", "city-reviewer-02"], granted.Approvers);
        Assert.Equal(["SA-20261126-0001", "SA-20261126-0002"], granted.ApplicationIds);
        var seed = Assert.Single(await Trail.OfUser(server, sw));
        Assert.Equal((["G-2025-0003"], ["city-reviewer-01"]), (seed.GrantIds, seed.Approvers));
        Assert.Empty(seed.ApplicationIds);
        var chainKey = server.Services.GetRequiredService<IKeyRing>().Current(KeyPurposes.AuditChain).Secret;
        Assert.True((await server.Services.GetRequiredService<AuditStore>().VerifyAsync(chainKey, null, null)).Ok);

        var bureau = AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau");
        var scjg = AuditHttp.Token(server, Trail.NewUser("scjg"), "TJ-SCJG");
        foreach (var reader in new[] { bureau, scjg })
        {
            var nodes = await Nodes(server, reader, jy);
            Assert.Equal(
                [
                    [],
                    ["SA-20261126-0001", "SA-20261126-0002"],
                ],
                nodes.Select(n => Strings(n, "applicationIds")).Reverse()
            );
            Assert.Equal(
                [
                    [],
                    ["G-2026-0101", "G-2026-0102"],
                ],
                nodes.Select(n => Strings(n, "grantIds")).Reverse()
            );
        }

        var seedNode = Assert.Single(await Nodes(server, bureau, sw));
        Assert.Equal((["G-2025-0003"], []), (Strings(seedNode, "grantIds"), Strings(seedNode, "applicationIds")));
    }

    private static Grant Granted(string id, string item, string application, string approver) =>
        new()
        {
            Id = id,
            Grantee = "TJ-JY",
            Resource = "market_entity",
            Items = [new GrantItem(item)],
            Purpose = "校外培训机构核查",
            ValidFrom = new DateOnly(2026, 11, 1),
            ValidTo = new DateOnly(2026, 12, 31),
            Approver = approver,
            ApplicationId = application,
        };

    private static async Task<List<JsonElement>> Nodes(TaijiangServerFactory server, string token, string user)
    {
        var body = await AuditHttp.Post(server, token, AuditLog, purpose: null, variables: new { u = user });
        Assert.True(body.Errors.Count == 0, body.Text);
        return body.Data.GetProperty("auditLog").GetProperty("nodes").EnumerateArray().ToList();
    }

    private static List<string> Strings(JsonElement node, string name) =>
        node.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
