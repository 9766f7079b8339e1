using System.Net;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>docs/audit.md (What is recorded): each field of the usage record of 第十九条 is filled — purpose, user, approver, data content,
/// time, method, medium type.</summary>
public sealed class UsageRecordFieldTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Query = "query Visits { householdPeople(first: 4) { nodes { idNumber name street } } }";
    private const string Purpose = "困难群众走访联系（2026年第四季度）";
    private const string Signature = "query { householdPeople(first: 0) { nodes { idNumber name street } } }";

    [Fact]
    public async Task Every_field_of_the_usage_record_is_filled_from_the_request()
    {
        var user = Trail.NewUser("mz");
        var token = AuditHttp.Token(server, user, "TJ-MZ", name: "王小明", client: "mz-visits");

        var response = await AuditHttp.Post(
            server,
            token,
            Query,
            Purpose,
            operationName: "Visits",
            accept: "application/graphql-response+json"
        );

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal(Purpose, record.Purpose); // 具体用途
        Assert.Equal(
            (user, "王小明", "TJ-MZ", "department", "mz-visits"),
            (record.UserId, record.UserName, record.Department, record.Roles, record.App)
        ); // 使用人员
        Assert.Equal(["city-reviewer-01"], record.Approvers); // 批准人员
        Assert.Equal(["G-2025-0001", "G-2025-0002"], record.GrantIds);
        Assert.Equal("household_person", record.Resource); // 数据内容
        Assert.Equal(["name", "street"], record.ItemsRead);
        Assert.Equal(["id_number"], record.ItemsMasked);
        Assert.Equal(4, record.RecordCount);
        Assert.Equal(4, record.RecordKeyHashes.Count);
        Assert.All(record.RecordKeyHashes, h => Assert.Matches("^[0-9a-f]{64}$", h));
        Assert.Equal(TaijiangServerFactory.Now, record.Time); // 获取时间
        Assert.Equal("Visits", record.OperationName); // 获取方式
        Assert.Equal((Signature, Signatures.HashOf(Signature)), (record.OperationSignature, record.SignatureHash));
        Assert.Null(record.DocumentHash);
        Assert.Equal("POST", record.HttpMethod);
        Assert.Equal("application/graphql-response+json", record.MediumType); // 介质类型
        Assert.False(string.IsNullOrEmpty(record.RequestId));
        Assert.DoesNotContain('#', record.RequestId);
    }

    [Fact]
    public async Task A_get_request_without_an_accept_header_is_recorded_with_its_method_and_the_json_medium_type()
    {
        var user = Trail.NewUser("mz");
        const string query = "{ subsistenceAllowances(first: 2) { nodes { caseNo name } } }";

        var response = await server.GetWithToken(AuditHttp.Token(server, user, "TJ-MZ"), GraphQLRequests.QueryString(query, Purpose));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal(("GET", "application/json"), (record.HttpMethod, record.MediumType));
        Assert.Equal("query { subsistenceAllowances(first: 0) { nodes { caseNo name } } }", record.OperationSignature);
        Assert.Equal(Purpose, record.Purpose);
        Assert.Null(record.OperationName);
        Assert.Null(record.App);
        Assert.Equal(user, record.UserName); // no name claim: the user id stands in
    }

    [Fact]
    public async Task A_batch_of_two_gives_records_with_the_request_id_and_the_index_of_each_operation()
    {
        var user = Trail.NewUser("mz");
        var batch = GraphQLRequests.Batch(
            GraphQLRequests.Request("{ subsistenceAllowances(first: 1) { nodes { caseNo } } }", purpose: AuditHttp.Purpose),
            GraphQLRequests.Request("{ householdPeople(first: 1) { nodes { street } } }", purpose: "第二个操作的用途")
        );

        var response = await server.SendWithToken(AuditHttp.Token(server, user, "TJ-MZ"), batch);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(JsonValueKind.Array, response.Root.ValueKind);
        var records = await Trail.OfUser(server, user);
        Assert.Equal(2, records.Count);
        var first = records.Single(r => r.Resource == "subsistence_allowance");
        var second = records.Single(r => r.Resource == "household_person");
        Assert.EndsWith("#0", first.RequestId, StringComparison.Ordinal);
        Assert.EndsWith("#1", second.RequestId, StringComparison.Ordinal);
        Assert.Equal(first.RequestId[..^2], second.RequestId[..^2]);
        Assert.Equal((AuditHttp.Purpose, "第二个操作的用途"), (first.Purpose, second.Purpose));
    }

    [Fact]
    public async Task The_bureau_reads_the_same_record_through_the_audit_log()
    {
        var user = Trail.NewUser("mz");
        await AuditHttp.Post(server, AuditHttp.Token(server, user, "TJ-MZ", name: "王小明"), Query, Purpose, operationName: "Visits");
        var stored = Assert.Single(await Trail.EntriesOfUser(server, user));

        var body = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau"),
            "query($u: String) { auditLog(user: $u) { nodes { id nodeId "
                + "sequence time "
                + "requestId userId "
                + "userName "
                + "department roles "
                + "operationName operationSignature signatureHash documentHash "
                + "httpMethod mediumType purpose resource itemsRead itemsMasked "
                + "itemsDenied "
                + "itemsFiltered "
                + "recordCount "
                + "outcome codes "
                + "grantIds "
                + "approvers recordKeyHashes } } }",
            purpose: null,
            variables: new { u = user }
        );

        var node = Assert.Single(body.Data.GetProperty("auditLog").GetProperty("nodes").EnumerateArray());
        var r = stored.Chained.Record;
        Assert.Equal(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), node.GetProperty("id").GetString());
        Assert.Equal(stored.Chained.NodeId, node.GetProperty("nodeId").GetString());
        Assert.Equal("2026-11-26T04:00:00+00:00", node.GetProperty("time").GetString());
        Assert.Equal(
            (user, "王小明", "TJ-MZ"),
            (node.GetProperty("userId").GetString(), node.GetProperty("userName").GetString(), node.GetProperty("department").GetString())
        );
        Assert.Equal((r.RequestId, "Visits"), (node.GetProperty("requestId").GetString(), node.GetProperty("operationName").GetString()));
        Assert.Equal(
            (Signature, Signatures.HashOf(Signature)),
            (node.GetProperty("operationSignature").GetString(), node.GetProperty("signatureHash").GetString())
        );
        Assert.Equal(JsonValueKind.Null, node.GetProperty("documentHash").ValueKind);
        Assert.Equal(
            ("POST", "application/json", Purpose),
            (
                node.GetProperty("httpMethod").GetString(),
                node.GetProperty("mediumType").GetString(),
                node.GetProperty("purpose").GetString()
            )
        );
        Assert.Equal(
            ("household_person", 4, "ALLOWED"),
            (node.GetProperty("resource").GetString(), node.GetProperty("recordCount").GetInt32(), node.GetProperty("outcome").GetString())
        );
        Assert.Equal(["name", "street"], Strings(node, "itemsRead"));
        Assert.Equal(["id_number"], Strings(node, "itemsMasked"));
        Assert.Equal(["G-2025-0001", "G-2025-0002"], Strings(node, "grantIds"));
        Assert.Equal(["city-reviewer-01"], Strings(node, "approvers"));
        Assert.Equal(["department"], Strings(node, "roles"));
        Assert.Equal(r.RecordKeyHashes, Strings(node, "recordKeyHashes"));
    }

    [Fact]
    public async Task An_over_long_operation_name_is_recorded_cut_to_the_column_size_and_an_over_long_purpose_not_at_all()
    {
        var user = Trail.NewUser("mz");
        var operation = "Op" + new string('x', 400);
        var query = $"query {operation} {{ subsistenceAllowances(first: 1) {{ nodes {{ caseNo }} }} }}";

        var response = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, user, "TJ-MZ"),
            query,
            new string('用', 300),
            operationName: operation
        );

        Assert.Equal(HttpStatusCode.OK, response.Status); // not 503: the record fits the trail
        Assert.Equal(["INVALID_PURPOSE"], response.ErrorCodes);
        var record = Assert.Single(await Trail.OfUser(server, user));
        Assert.Equal(operation[..256], record.OperationName);
        Assert.Null(record.Purpose); // only a valid (normalised) purpose is recorded
        Assert.Equal("query { subsistenceAllowances(first: 0) { nodes { caseNo } } }", record.OperationSignature);
    }

    private static List<string> Strings(JsonElement node, string name) =>
        node.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
