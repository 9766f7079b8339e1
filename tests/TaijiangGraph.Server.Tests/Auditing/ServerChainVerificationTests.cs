using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>docs/audit.md (The chain and its verification), through the server: the trail file <c>audit.db</c> refuses changes, and
/// <c>verifyAuditChain</c> finds a record changed behind the triggers' back.</summary>
public sealed class ServerChainVerificationTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Verify = "{ verifyAuditChain { ok checked nodeId sequence recordId reason } }";

    [Fact]
    public async Task Verify_audit_chain_reports_ok_then_exactly_the_record_changed_in_the_trail_file()
    {
        var user = Trail.NewUser("mz");
        for (var i = 0; i < 6; i++)
        {
            await AuditHttp.Post(
                server,
                AuditHttp.Token(server, user, "TJ-MZ"),
                "{ subsistenceAllowances(first: 1) " + "{ nodes { " + "caseNo } } }"
            );
        }

        var bureau = AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau");
        var committed = await server.Services.GetRequiredService<AuditStore>().CountAsync();
        var clean = await Result(bureau);
        Assert.True(clean.GetProperty("ok").GetBoolean());
        Assert.Equal(committed, clean.GetProperty("checked").GetInt32());
        Assert.Equal(JsonValueKind.Null, clean.GetProperty("sequence").ValueKind);

        var target = (await Trail.EntriesOfUser(server, user))[3];
        await using var trail = new SqliteConnection($"Data Source={Path.Combine(server.DataFolder, "audit.db")};Pooling=False");
        await trail.OpenAsync();
        var refused = await Assert.ThrowsAsync<SqliteException>(() =>
            Execute(trail, $"UPDATE audit_records SET " + $"purpose = " + $"'改过的用途' WHERE " + $"id = {target.Id}")
        );
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        await Execute(trail, "DROP TRIGGER audit_records_no_update");
        Assert.Equal(1, await Execute(trail, $"UPDATE audit_records SET purpose = '改过的用途' WHERE id = {target.Id}"));

        var broken = await Result(bureau);

        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(target.Chained.NodeId, broken.GetProperty("nodeId").GetString());
        Assert.Equal(server.Services.GetRequiredService<AuditOptions>().NodeId, broken.GetProperty("nodeId").GetString());
        Assert.Equal(target.Chained.Sequence.ToString(CultureInfo.InvariantCulture), broken.GetProperty("sequence").GetString());
        Assert.Equal(target.Id.ToString(CultureInfo.InvariantCulture), broken.GetProperty("recordId").GetString());
        Assert.Equal("the record's HMAC does not match its content", broken.GetProperty("reason").GetString());
    }

    private async Task<JsonElement> Result(string bureau)
    {
        var body = await AuditHttp.Post(server, bureau, Verify, purpose: null);
        return body.Data.GetProperty("verifyAuditChain");
    }

    private static async Task<int> Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
