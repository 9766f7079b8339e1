using System.Diagnostics;
using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Masking;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/workflow.md and docs/policy.md (Grants) end to end on two real server processes over one PostgreSQL database, real clock,
/// <c>Catalog:RefreshSeconds</c> 1: a denial's <c>extensions.apply</c> becomes an application; the bureau forwards, the city
/// reviewer approves; the applicant's next read on the approving instance shows the item masked by its NAME rule, and on the
/// other instance within the refresh interval; the bureau revokes; the next read is refused again on both; the history lists the
/// four steps; the usage records of the reads under the grant carry the grant id and the application id.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EndToEndAcrossInstancesTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const int RefreshSeconds = 1;
    private const string LegalReps = "{ marketEntities(first: 8) { nodes { creditCode legalRep } } }";
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(10);
    private ServerPair? _pair;

    private ServerPair Pair => _pair ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        if (postgres.UnavailableReason is not null)
        {
            return;
        }

        _pair = await ServerPair.StartAsync(
            postgres.ConnectionString(await postgres.CreateDatabaseAsync("workflow_e2e")),
            new Dictionary<string, string>
            {
                ["Catalog__RefreshSeconds"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
        );
    }

    public async Task DisposeAsync()
    {
        if (_pair is not null)
        {
            await _pair.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_denial_becomes_an_application_a_grant_on_both_instances_and_after_revocation_a_denial_again()
    {
        postgres.SkipWhenUnavailable();
        var (a, b) = (WorkflowClient.Over(Pair.A), WorkflowClient.Over(Pair.B));
        var today = ApplicationInputs.ChinaDay(DateTimeOffset.UtcNow);

        var denied = await a.Call(Party.Applicant, LegalReps);
        AssertRefused(denied);
        Assert.True(IsRefused(await b.Call(Party.Applicant, LegalReps)), "B has cached the refusal before the approval.");
        var apply = Assert.Single(denied.Errors).GetProperty("extensions").GetProperty("apply");
        Assert.Equal("""{"items":["legal_rep"],"resource":"market_entity"}""", Sorted(apply));

        var input = ApplicationInputs.Input(
            apply.GetProperty("resource").GetString()!,
            [.. apply.GetProperty("items").EnumerateArray().Select(i => i.GetString()!)],
            today,
            days: 31
        );
        var id = WorkflowAssert.Id(await a.SubmitOkAsync(Party.Applicant, input));
        WorkflowAssert.Done(await b.ForwardAsync(Party.Bureau, id, "同意转报市大数据委"));
        var approved = WorkflowAssert.Done(await a.ApproveAsync(Party.Reviewer, id, validTo: today.AddDays(30), opinion: "同意"));
        var grantId = WorkflowAssert.Text(approved, "grantId");
        Assert.NotNull(grantId);
        Assert.Equal(ApplicationInputs.Date(today.AddDays(30)), approved.GetProperty("validTo").GetString());

        var raw = Names(WorkflowClient.Ok(await a.Call(Party.Provider, LegalReps), "marketEntities"));
        var onA = await a.Call(Party.Applicant, LegalReps);
        AssertMasked(onA, raw);
        var onB = await PollAsync(b, r => r.Errors.Count == 0);
        AssertMasked(onB, raw);

        var revoked = WorkflowClient.Ok(await a.RevokeGrantAsync(Party.Bureau, grantId, "核查工作已完成"), "revokeGrant");
        Assert.Equal("REVOKED", revoked.GetProperty("state").GetString());
        Assert.Equal(id, revoked.GetProperty("applicationId").GetString());
        Assert.NotNull(WorkflowAssert.Text(revoked, "revokedAt"));
        AssertRefused(await a.Call(Party.Applicant, LegalReps));
        AssertRefused(await PollAsync(b, IsRefused));

        var history = await b.GetOkAsync(Party.Applicant, id);
        Assert.Equal(["SUBMIT", "FORWARD", "APPROVE", "REVOKE"], WorkflowAssert.Steps(history));
        Assert.Equal("REVOKED", WorkflowAssert.State(history));
        var revoke = history.GetProperty("history")[3];
        Assert.Equal(
            ("TJ-DSJ", "APPROVED", "REVOKED", "核查工作已完成"),
            (
                revoke.GetProperty("department").GetString(),
                revoke.GetProperty("before").GetString(),
                revoke.GetProperty("after").GetString(),
                WorkflowAssert.Text(revoke, "text")
            )
        );

        var records = await AuditAsync(a);
        var underGrant = records.Where(r => r.GetProperty("grantIds").EnumerateArray().Any(g => g.GetString() == grantId)).ToList();
        Assert.True(underGrant.Count >= 2, $"The reads on A and B under the grant are recorded with its id: {records.Count} records.");
        Assert.Equal(
            ["node-a", "node-b"],
            underGrant.Select(r => r.GetProperty("nodeId").GetString()!).Distinct().Order(StringComparer.Ordinal)
        );
        Assert.All(underGrant, r => Assert.Contains("legal_rep", r.GetProperty("itemsMasked").EnumerateArray().Select(i => i.GetString())));
        Assert.All(underGrant, r => Assert.Contains(id, r.GetProperty("applicationIds").EnumerateArray().Select(i => i.GetString())));
    }

    /// <summary>Asks <paramref name="client"/> as the applicant until <paramref name="done"/> holds, at most the refresh interval and
    /// slack.</summary>
    private static async Task<GraphQLReply> PollAsync(WorkflowClient client, Func<GraphQLReply, bool> done)
    {
        var watch = Stopwatch.StartNew();
        var reply = await client.Call(Party.Applicant, LegalReps);
        while (!done(reply) && watch.Elapsed < TimeSpan.FromSeconds(RefreshSeconds) + Slack)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            reply = await client.Call(Party.Applicant, LegalReps);
        }

        Assert.True(done(reply), $"Not seen {watch.Elapsed} after the change: {reply.Text}");
        return reply;
    }

    private static bool IsRefused(GraphQLReply reply) => reply.ErrorCodes.SequenceEqual(["FORBIDDEN_CONDITIONAL"]);

    private static void AssertRefused(GraphQLReply reply)
    {
        Assert.True(IsRefused(reply), reply.Text);
        var nodes = reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("legalRep").ValueKind));
    }

    /// <summary>Every legal representative is the provider's one masked by NAME (docs/policy.md, Masks).</summary>
    private static void AssertMasked(GraphQLReply reply, IReadOnlyDictionary<string, string?> raw)
    {
        var masked = Names(reply.DataWithoutErrors().GetProperty("marketEntities"));
        Assert.Equal(raw.Keys.Order(StringComparer.Ordinal), masked.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(raw.Values, v => v is not null);
        foreach (var (key, value) in raw)
        {
            var expected = value is null
                ? null
                : Masker.Apply(MaskingRule.Name, value, () => throw new InvalidOperationException("No HASH here."));
            Assert.Equal(expected, masked[key]);
            Assert.True(value is null || masked[key] != value, $"{key}: the masked name differs from the raw one.");
        }
    }

    private static Dictionary<string, string?> Names(JsonElement connection) =>
        connection
            .GetProperty("nodes")
            .EnumerateArray()
            .ToDictionary(n => n.GetProperty("creditCode").GetString()!, n => WorkflowAssert.Text(n, "legalRep"), StringComparer.Ordinal);

    private static async Task<List<JsonElement>> AuditAsync(WorkflowClient client)
    {
        var reply = await client.Call(
            Party.Bureau,
            "{ auditLog(department: \"TJ-JY\", resource: \"market_entity\", first: 100) { "
                + "nodes { nodeId grantIds applicationIds itemsMasked outcome } } }"
        );
        return [.. WorkflowClient.Ok(reply, "auditLog").GetProperty("nodes").EnumerateArray()];
    }

    private static string Sorted(JsonElement apply) =>
        "{"
        + string.Join(
            ',',
            apply.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"\"{p.Name}\":{p.Value.GetRawText()}")
        )
        + "}";
}
