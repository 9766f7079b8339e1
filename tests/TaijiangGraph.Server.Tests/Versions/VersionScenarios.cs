using System.Text.Json;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Server.Tests.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Workflow;

namespace TaijiangGraph.Server.Tests.Versions;

/// <summary>
/// The scenarios of docs/data-in.md ("Record history", "Deletion") through the real GraphQL endpoint, run on SQLite and on
/// PostgreSQL. Each takes its own records (by index among the first keys of a resource), so the scenarios of one server do not meet.
/// </summary>
public static class VersionScenarios
{
    /// <summary>TJ-GA, the provider of <c>household_person</c>.</summary>
    public static readonly Party HouseholdProvider = new("u-ga-clerk", "TJ-GA", "department");

    private const string Market = "market_entity";
    private const string Household = "household_person";

    /// <summary>A record updated twice: both versions with values to the provider, without to the bureau and to a department that
    /// reads the key; a department that does not read the key unmasked gets exactly the answer of an unknown key.</summary>
    public static async Task HistoryShowsValuesOnlyToTheProvider(TaijiangServerFactory server)
    {
        var v = new VersionsClient(server);
        var key = (await v.KeysAsync(Party.Provider, "marketEntities", "creditCode", 4))[0];
        var seeded = WorkflowClient.Ok(
            await v.Call(Party.Provider, "query($key: String!) { marketEntity(creditCode: $key) { name address } }", new { key }),
            "marketEntity"
        );
        Assert.Equal(2, (await v.UpdateAsync(Market, key, ("name", "台江测试一号"))).Version);
        Assert.Equal(3, (await v.UpdateAsync(Market, key, ("name", "台江测试二号"), ("address", "台江区测试路1号"))).Version);

        var provider = await v.HistoryOkAsync(Party.Provider, Market, key);
        Assert.Equal([(2, "UPDATED"), (3, "UPDATED")], provider.Select(Of));
        Assert.All(provider, e => Assert.Equal(VersionsClient.Writer, e.GetProperty("actor").GetString()));
        Assert.Equal(["name"], Items(provider[0]));
        Assert.Equal(["name", "address"], Items(provider[1]));
        Assert.Equal([("name", seeded.GetProperty("name").GetString())], Values(provider[0]));
        Assert.Equal([("name", "台江测试一号"), ("address", seeded.GetProperty("address").GetString())], Values(provider[1]));

        // Shown values are audited as a read: the resource, the items shown, the key as a keyed hash.
        var read = (await Trail.OfUser(server, Party.Provider.User)).Last(r => r.Resource == Market);
        Assert.Contains(Trail.Hash(server, Market, key), read.FilterValueHashes);
        Assert.Equal(["address", "name"], read.ItemsRead);

        foreach (var other in new[] { Party.Bureau, Party.Outsider, Party.Applicant })
        {
            var entries = await v.HistoryOkAsync(other, Market, key);
            Assert.Equal(provider.Select(Of), entries.Select(Of));
            Assert.Equal(provider.Select(Items), entries.Select(Items));
            Assert.All(entries, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("previousValues").ValueKind));
        }

        // household_person.id_number is conditional: TJ-MZ reads it masked, TJ-JY not at all; both get the unknown key's answer.
        var person = (await v.KeysAsync(HouseholdProvider, "householdPeople", "idNumber", 1))[0];
        await v.UpdateAsync(Household, person, ("household_no", "H-TEST-0001"));
        Assert.Equal([(2, "UPDATED")], (await v.HistoryOkAsync(HouseholdProvider, Household, person)).Select(Of));
        Assert.Equal([(2, "UPDATED")], (await v.HistoryOkAsync(Party.Bureau, Household, person)).Select(Of));
        var unknown = (await v.HistoryAsync(Party.Outsider, Household, "350103190001010000")).DataWithoutErrors().GetRawText();
        Assert.Equal("""{"recordHistory":[]}""", unknown);
        foreach (var other in new[] { Party.Outsider, Party.Applicant })
        {
            Assert.Equal(unknown, (await v.HistoryAsync(other, Household, person)).DataWithoutErrors().GetRawText());
        }

        WorkflowAssert.Refused(await v.HistoryAsync(Party.Provider, Market, new string('9', RecordKeys.MaxLength + 1)), "TYPE_MISMATCH");
        WorkflowAssert.Refused(await v.HistoryAsync(Party.Provider, "no_such_resource", key), "UNKNOWN_ITEM");
    }

    /// <summary>
    /// A department whose grant lifts the key's mask only for some rows (here TJ-JY, <c>household_person.id_number</c> unmasked
    /// where <c>street</c> is one street) sees the history of a record in its scope, and the unknown key's answer for one outside.
    /// </summary>
    public static async Task HistoryFollowsTheRowScopeOfTheKey(TaijiangServerFactory server)
    {
        var v = new VersionsClient(server);
        var people = WorkflowClient
            .Ok(await v.Call(HouseholdProvider, "{ householdPeople(first: 50) { nodes { idNumber street } } }"), "householdPeople")
            .GetProperty("nodes")
            .EnumerateArray()
            .Select(n => (Key: n.GetProperty("idNumber").GetString()!, Street: n.GetProperty("street").GetString()!))
            .ToList();
        // Neither record nor the granted street is the one the history scenario uses (the first person), whichever runs first.
        var inside = people.Last(p => p.Street != people[0].Street);
        var outside = people.Skip(1).First(p => p.Street != inside.Street);
        await v.UpdateAsync(Household, inside.Key, ("household_no", "H-TEST-IN"));
        await v.UpdateAsync(Household, outside.Key, ("household_no", "H-TEST-OUT"));

        var workflow = WorkflowClient.Over(server);
        var input = ApplicationInputs.Input(
            Household,
            ["id_number"],
            ApplicationInputs.ChinaDay(TaijiangServerFactory.Now),
            rowScope: [ApplicationInputs.Scope("street", inside.Street)],
            liftMasks: ["id_number"],
            liftMaskReason: "核对本街道在校学生的户籍"
        );
        var id = WorkflowAssert.Id(await workflow.SubmitOkAsync(Party.Applicant, input));
        WorkflowAssert.Done(await workflow.ForwardAsync(Party.Bureau, id));
        WorkflowAssert.Done(await workflow.ApproveAsync(Party.Reviewer, id));

        var seen = await v.HistoryOkAsync(Party.Applicant, Household, inside.Key);
        Assert.Equal([(2, "UPDATED")], seen.Select(Of));
        Assert.Equal(JsonValueKind.Null, seen[0].GetProperty("previousValues").ValueKind);
        Assert.Empty(await v.HistoryOkAsync(Party.Applicant, Household, outside.Key));
        Assert.Equal([(2, "UPDATED")], (await v.HistoryOkAsync(HouseholdProvider, Household, outside.Key)).Select(Of));
    }

    /// <summary>Requested by the provider, approved by the bureau: the record is gone for everyone and its history stays, with a
    /// DELETED entry, for the provider and the bureau.</summary>
    public static async Task AnApprovedDeletionHidesTheRecordAndKeepsItsHistory(TaijiangServerFactory server)
    {
        var v = new VersionsClient(server);
        var key = (await v.KeysAsync(Party.Provider, "marketEntities", "creditCode", 4))[1];
        await v.UpdateAsync(Market, key, ("name", "待删除的主体"));

        var requested = WorkflowAssert.Done(await v.RequestAsync(Party.Provider, Market, key, "重复登记，已与另一主体合并"));
        var id = WorkflowAssert.Id(requested);
        Assert.StartsWith("RD-", id, StringComparison.Ordinal);
        Assert.Equal(("PENDING", 1), (WorkflowAssert.State(requested), WorkflowAssert.Version(requested)));
        Assert.Equal(
            (key, "TJ-SCJG", "u-scjg-clerk"),
            (Text(requested, "key"), Text(requested, "provider"), Text(requested, "requestedBy"))
        );
        Assert.Equal(id, Text(await v.GetAsync(Party.Bureau, id), "id"));
        Assert.Equal(JsonValueKind.Null, (await v.GetAsync(Party.Outsider, id)).ValueKind);
        Assert.Contains(id, await v.ListAsync(Party.Provider, "PENDING"));
        Assert.Contains(id, await v.ListAsync(Party.Bureau));
        Assert.DoesNotContain(id, await v.ListAsync(Party.Outsider));
        Assert.Contains(("DECIDE_DELETION", id), await v.TasksAsync(Party.Bureau));
        Assert.DoesNotContain(("DECIDE_DELETION", id), await v.TasksAsync(Party.Provider));

        var approved = WorkflowAssert.Done(await v.ApproveAsync(Party.Bureau, id, version: 1));
        Assert.Equal(
            ("APPROVED", 2, "u-dsj-clerk"),
            (WorkflowAssert.State(approved), WorkflowAssert.Version(approved), Text(approved, "decidedBy"))
        );
        Assert.DoesNotContain(("DECIDE_DELETION", id), await v.TasksAsync(Party.Bureau));

        // Hidden from every read: null by key, absent from the list, for the provider and for a consumer alike.
        foreach (var reader in new[] { Party.Provider, Party.Outsider })
        {
            Assert.Equal(JsonValueKind.Null, (await v.MarketEntityAsync(reader, key)).ValueKind);
            Assert.Equal(0, await v.CountAsync(reader, key));
        }

        // The versions stay: the provider and the bureau see the DELETED entry (it keeps the version it hid); others nothing.
        Assert.Equal([(2, "UPDATED"), (2, "DELETED")], (await v.HistoryOkAsync(Party.Provider, Market, key)).Select(Of));
        Assert.Equal([(2, "UPDATED"), (2, "DELETED")], (await v.HistoryOkAsync(Party.Bureau, Market, key)).Select(Of));
        Assert.Empty(await v.HistoryOkAsync(Party.Outsider, Market, key));

        // The governance events name the request and the key's keyed hash, never the key or the reason.
        var events = WorkflowClient
            .Ok(await v.Call(Party.Bureau, "{ governanceEvents(first: 100) { kind subject resource after } }"), "governanceEvents")
            .EnumerateArray()
            .Where(e => e.GetProperty("subject").GetString() == id)
            .ToList();
        Assert.Equal(["RECORD_DELETION_APPROVED", "RECORD_DELETION_REQUESTED"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(events, e => Assert.Equal(Market, e.GetProperty("resource").GetString()));
        Assert.All(events, e =>
            Assert.Contains(Trail.Hash(server, Market, key), e.GetProperty("after").GetString(), StringComparison.Ordinal)
        );
        Assert.All(events, e => Assert.DoesNotContain(key, e.GetRawText(), StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain("重复登记", e.GetRawText(), StringComparison.Ordinal));

        WorkflowAssert.Refused(await v.RequestAsync(Party.Provider, Market, key, "再次申请"), "RECORD_NOT_FOUND");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Bureau, id), "INVALID_STATE");
        WorkflowAssert.Refused(await v.RejectAsync(Party.Bureau, id, "已批准"), "INVALID_STATE");
    }

    /// <summary>Rejected by the bureau with a reason: the record stays and may be asked for again.</summary>
    public static async Task ARejectedDeletionLeavesTheRecord(TaijiangServerFactory server)
    {
        var v = new VersionsClient(server);
        var key = (await v.KeysAsync(Party.Provider, "marketEntities", "creditCode", 4))[2];
        Assert.Equal(1, await v.CountAsync(Party.Outsider, key));
        var id = WorkflowAssert.Id(WorkflowAssert.Done(await v.RequestAsync(Party.Provider, Market, key, "主体已注销")));

        WorkflowAssert.Refused(await v.RejectAsync(Party.Bureau, id, "   "), "REASON_REQUIRED");
        WorkflowAssert.Refused(await v.RejectAsync(Party.Provider, id, "自行驳回"), "FORBIDDEN");
        var rejected = WorkflowAssert.Done(await v.RejectAsync(Party.Bureau, id, "注销主体的登记信息须保留", version: 1));
        Assert.Equal(("REJECTED", 2), (WorkflowAssert.State(rejected), WorkflowAssert.Version(rejected)));
        Assert.Equal("注销主体的登记信息须保留", Text(rejected, "decisionReason"));
        Assert.Equal("REJECTED", WorkflowAssert.State(await v.GetAsync(Party.Provider, id)));

        Assert.Equal(key, Text(await v.MarketEntityAsync(Party.Provider, key), "creditCode"));
        Assert.Equal(1, await v.CountAsync(Party.Outsider, key));
        Assert.DoesNotContain(await v.HistoryOkAsync(Party.Provider, Market, key), e => e.GetProperty("kind").GetString() == "DELETED");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Bureau, id), "INVALID_STATE");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Bureau, id, version: 1), "STALE_STATE");
        Assert.Equal(
            "PENDING",
            WorkflowAssert.State(WorkflowAssert.Done(await v.RequestAsync(Party.Provider, Market, key, "补充材料后再次申请")))
        );
    }

    /// <summary>Every refusal of the workflow, each leaving the request as it was.</summary>
    public static async Task EveryRefusalHasItsCode(TaijiangServerFactory server)
    {
        var v = new VersionsClient(server);
        var key = (await v.KeysAsync(Party.Provider, "marketEntities", "creditCode", 4))[3];

        WorkflowAssert.Refused(await v.RequestAsync(Party.Outsider, Market, key, "非提供部门"), "FORBIDDEN");
        WorkflowAssert.Refused(await v.RequestAsync(Party.Bureau, Market, key, "局不删除数据"), "FORBIDDEN");
        WorkflowAssert.Refused(await v.RequestAsync(Party.Provider, Market, key, "   "), "REASON_REQUIRED");
        WorkflowAssert.Refused(await v.RequestAsync(Party.Provider, Market, "91350103NOSUCHKEY", "不存在的主体"), "RECORD_NOT_FOUND");
        WorkflowAssert.Refused(await v.RequestAsync(Party.Provider, "no_such_resource", key, "未知资源"), "UNKNOWN_ITEM");

        var id = WorkflowAssert.Id(WorkflowAssert.Done(await v.RequestAsync(Party.Provider, Market, key, "错误录入")));
        WorkflowAssert.Refused(await v.RequestAsync(Party.Provider, Market, key, "重复申请"), "DUPLICATE_PENDING");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Provider, id), "FORBIDDEN");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Outsider, id), "UNKNOWN_DELETION_REQUEST");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Reviewer, id), "UNKNOWN_DELETION_REQUEST");
        WorkflowAssert.Refused(await v.RejectAsync(Party.Outsider, id, "无关部门"), "UNKNOWN_DELETION_REQUEST");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Bureau, "RD-2026-000000000000"), "UNKNOWN_DELETION_REQUEST");
        WorkflowAssert.Refused(await v.ApproveAsync(Party.Bureau, id, version: 2), "STALE_STATE");

        var still = await v.GetAsync(Party.Bureau, id);
        Assert.Equal(("PENDING", 1), (WorkflowAssert.State(still), WorkflowAssert.Version(still)));
        Assert.Equal(key, Text(await v.MarketEntityAsync(Party.Provider, key), "creditCode"));
    }

    private static (int Version, string Kind) Of(JsonElement entry) =>
        (entry.GetProperty("version").GetInt32(), entry.GetProperty("kind").GetString()!);

    private static IReadOnlyList<string> Items(JsonElement entry) =>
        [.. entry.GetProperty("changedItems").EnumerateArray().Select(i => i.GetString()!)];

    private static IReadOnlyList<(string, string?)> Values(JsonElement entry) =>
        [
            .. entry
                .GetProperty("previousValues")
                .EnumerateArray()
                .Select(p => (p.GetProperty("item").GetString()!, p.GetProperty("value").GetString())),
        ];

    private static string? Text(JsonElement element, string name) => WorkflowAssert.Text(element, name);
}
