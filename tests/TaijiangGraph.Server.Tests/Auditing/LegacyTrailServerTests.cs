using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// A server started on a trail written before operation signatures (docs/audit.md): it migrates the trail, its chain goes on
/// from the old record, verifyAuditChain holds, and no query returns the old record's document hash.
/// </summary>
public sealed class LegacyTrailServerTests : IAsyncLifetime
{
    private const string Node = "node-legacy";
    private const string LegacyUser = "legacy-mz";
    private const string LegacyHash = "sha256:d6ea8a5c1e43b3fd3e8c8a0c0c9d2b4e86c4f6f0f0b1d0a7e3c1a9e2b5d7c4f1";

    private readonly TaijiangServerFactory _server = TaijiangServerFactory.With(("Audit:NodeId", Node));
    private string _legacyHmac = "";

    public async Task InitializeAsync()
    {
        // Before the server first starts: its key ring, and its trail on the schema before signatures with one format-1 record.
        var chainKey = new FileKeyRing(_server.DataFolder, _server.Clock).Current(KeyPurposes.AuditChain).Secret;
        await using (var db = new AuditContextFactory(new DatabaseOptions { DataFolder = _server.DataFolder }).CreateDbContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("InitialAudit");
        }

        var legacy = new AuditRecord
        {
            Format = AuditRecord.LegacyFormat,
            Time = TaijiangServerFactory.Now.AddDays(-7),
            RequestId = "legacy-trace",
            UserId = LegacyUser,
            UserName = LegacyUser,
            Department = "TJ-MZ",
            Roles = "department",
            DocumentHash = LegacyHash,
            HttpMethod = "POST",
            MediumType = "application/json",
            Purpose = AuditHttp.Purpose,
            Resource = "household_person",
            ItemsRead = ["name"],
            RecordCount = 1,
            Outcome = AuditOutcome.Allowed,
        };
        _legacyHmac = AuditChain.ComputeHmac(chainKey.Span, Node, 1, legacy, AuditChain.Genesis);
        await new SqliteFile(Path.Combine(_server.DataFolder, "audit.db")).ExecuteAsync(
            "INSERT INTO audit_records (node_id, sequence, time, request_id, "
                + "user_id, "
                + "user_name, "
                + "department, "
                + "roles, app, "
                + "client_ip, "
                + "operation_name, document_hash, "
                + "http_method, medium_type, purpose, resource, "
                + "items_read, "
                + "items_masked, "
                + "items_denied, "
                + "items_filtered, "
                + "record_count, "
                + "outcome, codes, grant_ids, approvers, "
                + "filter_value_hashes, previous_hmac, hmac) VALUES (@node, "
                + "1, @time, "
                + "'legacy-trace', "
                + "@user, @user, "
                + "'TJ-MZ', "
                + "'department', "
                + "NULL, NULL, NULL, @doc, 'POST', "
                + "'application/json', @purpose, 'household_person', 'name', '', '', '', 1, 'ALLOWED', '', '', '', '', 'genesis', @hmac)",
            ("@node", Node),
            ("@time", legacy.Time.UtcDateTime),
            ("@user", LegacyUser),
            ("@doc", LegacyHash),
            ("@purpose", AuditHttp.Purpose),
            ("@hmac", _legacyHmac)
        );
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public Task DisposeAsync()
    {
        _server.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_migrated_trail_goes_on_from_the_old_record_verifies_and_never_returns_its_document_hash()
    {
        var mz = Trail.NewUser("mz");
        var response = await AuditHttp.Post(
            _server,
            AuditHttp.Token(_server, mz, "TJ-MZ"),
            """{ householdPerson(idNumber: "350103199803034649") { name } }"""
        );
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);

        var old = Assert.Single(await Trail.EntriesOfUser(_server, LegacyUser)).Chained;
        Assert.Equal((AuditRecord.LegacyFormat, LegacyHash, 1L), (old.Record.Format, old.Record.DocumentHash, old.Sequence));
        var next = Assert.Single(await Trail.EntriesOfUser(_server, mz)).Chained;
        Assert.Equal(
            (Node, 2L, _legacyHmac, AuditRecord.ApplicationFormat),
            (next.NodeId, next.Sequence, next.PreviousHmac, next.Record.Format)
        );

        var bureau = AuditHttp.Token(_server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau");
        var body = await AuditHttp.Post(_server, bureau, "{ verifyAuditChain { ok checked } }", purpose: null);
        var verification = body.Data.GetProperty("verifyAuditChain");
        Assert.True(verification.GetProperty("ok").GetBoolean(), body.Root.GetRawText());
        Assert.True(verification.GetProperty("checked").GetInt32() >= 2);
        var chainKey = _server.Services.GetRequiredService<IKeyRing>().Current(KeyPurposes.AuditChain).Secret;
        // The old record, the read and the bureau's verifying request.
        Assert.Equal(
            new ChainVerification(true, 3, null, null, null, null),
            await _server.Services.GetRequiredService<AuditStore>().VerifyAsync(chainKey, null, null)
        );

        var view = await SignatureView.Of(_server, bureau, LegacyUser);
        var row = Assert.Single(view.Rows);
        Assert.Equal(((string?)null, (string?)null, JsonValueKind.Null), (row.Signature, row.SignatureHash, row.DocumentHash));
        Assert.DoesNotContain(LegacyHash["sha256:".Length..], view.Json, StringComparison.Ordinal);
        Assert.Equal(
            1L.ToString(CultureInfo.InvariantCulture),
            await new SqliteFile(Path.Combine(_server.DataFolder, "audit.db")).TextAsync(
                "SELECT format FROM audit_records WHERE sequence = 1"
            )
        );
    }
}
