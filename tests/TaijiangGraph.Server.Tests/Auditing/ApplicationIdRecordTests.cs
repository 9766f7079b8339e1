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
/// docs/audit.md (What is recorded, 批准人员): the usage record of a read under grants created by approved share applications lists
/// those applications beside the grants and their approvers (distinct, ordinal order), a seed grant adds none, the records verify as
/// format 3, and <c>auditLog</c> shows <c>applicationIds</c> to the bureau and to the resource's provider — on SQLite and on
/// PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApplicationIdRecordTests(PostgresServerFixture postgres)
{
    private const string Read = "{ marketEntities(first: 3) { nodes { creditCode legalRep contactPhone } } }";
    private const string AuditLog = "query($u: String) { auditLog(user: $u) { nodes { resource grantIds approvers applicationIds } } }";

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_read_under_grants_from_share_applications_records_the_applications_and_a_seed_grant_adds_none(
        DatabaseProvider provider
    )
    {
        using var server =
            provider == DatabaseProvider.Sqlite
                ? new TaijiangServerFactory()
                : TaijiangServerFactory.OnPostgreSql(postgres.ConnectionString(await postgres.CreateDatabaseAsync("audit_apps")));
        // TJ-SW holds the seed's G-2025-0003 (legal_rep, contact_phone unmasked; approved by city-reviewer-01, no application). The
        // decision lists every covering grant (for the unmasked contact_phone, every covering grant that lifts its mask), so the second
        // read rests on the seed grant and on two grants from applications, stored in the reverse order of their application ids by
        // two other reviewers.
        var sw = Trail.NewUser("sw");
        var seedOnly = await AuditHttp.Post(server, AuditHttp.Token(server, sw, "TJ-SW"), Read);
        await server
            .Services.GetRequiredService<GovernanceStore>()
            .AddGrantsAsync(
                [
                    Granted("G-2026-0102", new GrantItem("contact_phone", LiftMask: true), "SA-20261126-0002", "city-reviewer-03"),
                    Granted("G-2026-0101", new GrantItem("legal_rep"), "SA-20261126-0001", "city-reviewer-02"),
                ],
                "test"
            );
        var applied = await AuditHttp.Post(server, AuditHttp.Token(server, sw, "TJ-SW"), Read);

        Assert.True(seedOnly.Errors.Count == 0, seedOnly.Text);
        Assert.True(applied.Errors.Count == 0, applied.Text);
        var records = await Trail.OfUser(server, sw);
        Assert.Equal(2, records.Count);
        var seed = records[0];
        Assert.Equal(["G-2025-0003"], seed.GrantIds);
        Assert.Equal(["city-reviewer-01"], seed.Approvers);
        Assert.Empty(seed.ApplicationIds);
        var granted = records[1];
        Assert.Equal(AuditRecord.ApplicationFormat, granted.Format);
        Assert.Equal(["G-2025-0003", "G-2026-0101", "G-2026-0102"], granted.GrantIds);
        Assert.Equal(["city-reviewer-01", "city-reviewer-02", "city-reviewer-03"], granted.Approvers);
        Assert.Equal(["SA-20261126-0001", "SA-20261126-0002"], granted.ApplicationIds);
        var chainKey = server.Services.GetRequiredService<IKeyRing>().Current(KeyPurposes.AuditChain).Secret;
        Assert.True((await server.Services.GetRequiredService<AuditStore>().VerifyAsync(chainKey, null, null)).Ok);

        var bureau = AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau");
        var scjg = AuditHttp.Token(server, Trail.NewUser("scjg"), "TJ-SCJG"); // the provider of market_entity
        foreach (var reader in new[] { bureau, scjg })
        {
            var nodes = await Nodes(server, reader, sw); // newest first
            Assert.Equal(
                [
                    ["SA-20261126-0001", "SA-20261126-0002"],
                    [],
                ],
                nodes.Select(n => Strings(n, "applicationIds"))
            );
            Assert.Equal(
                [
                    ["G-2025-0003", "G-2026-0101", "G-2026-0102"],
                    ["G-2025-0003"],
                ],
                nodes.Select(n => Strings(n, "grantIds"))
            );
        }
    }

    private static Grant Granted(string id, GrantItem item, string application, string approver) =>
        new()
        {
            Id = id,
            Grantee = "TJ-SW",
            Resource = "market_entity",
            Items = [item],
            Purpose = "市场主体税源核查",
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
