using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Workflow;

namespace TaijiangGraph.Server.Tests.Versions;

/// <summary>
/// <c>recordHistory</c> and the deletion workflow (docs/data-in.md, "Record history" and "Deletion") called as a <see cref="Party"/>
/// over an in-memory server, plus the versioned writes a test makes directly through the server's <see cref="IDatasetRecordWriter"/>
/// (the push mutations are another part's).
/// </summary>
public sealed class VersionsClient(TaijiangServerFactory server)
{
    /// <summary>Every field of <c>RecordDeletionRequest</c>.</summary>
    public const string Request =
        "id resource key provider reason state version requestedBy requestedAt decidedBy decidedAt decisionReason";

    /// <summary>Every field of <c>RecordHistoryEntry</c>.</summary>
    public const string Entry = "version kind changedAt actor changedItems previousValues { item value }";

    /// <summary>The actor of the writes a test makes.</summary>
    public const string Writer = "u-test-writer";

    private readonly WorkflowClient _client = WorkflowClient.Over(server);

    public Task<GraphQLReply> Call(Party party, string query, object? variables = null) => _client.Call(party, query, variables);

    /// <summary>The first <paramref name="count"/> keys (<paramref name="keyField"/>) of the connection <paramref name="field"/>, read as
    /// <paramref name="provider"/>.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(Party provider, string field, string keyField, int count)
    {
        var reply = await Call(provider, $"{{ {field}(first: {count}) {{ nodes {{ {keyField} }} }} }}");
        return
        [
            .. reply
                .DataWithoutErrors()
                .GetProperty(field)
                .GetProperty("nodes")
                .EnumerateArray()
                .Select(n => n.GetProperty(keyField).GetString()!),
        ];
    }

    /// <summary>Updates the record of <paramref name="key"/> with <paramref name="items"/> through the record writer.</summary>
    public async Task<RecordWriteResult> UpdateAsync(string resource, string key, params (string Item, object? Value)[] items)
    {
        var catalog = server.Services.GetRequiredService<ICatalogState>().Current;
        var writer = server.Services.GetRequiredService<IDatasetRecordWriter>();
        var patch = new RecordPatch(key, items.ToDictionary(i => i.Item, i => i.Value, StringComparer.Ordinal));
        return Assert.Single(await writer.UpsertAsync(catalog, catalog.FindResource(resource)!, [patch], Writer));
    }

    public Task<GraphQLReply> HistoryAsync(Party party, string resource, string key) =>
        Call(
            party,
            "query($resource: String!, $key: String!) { recordHistory(resource: $resource, key: $key) { " + Entry + " } }",
            new { resource, key }
        );

    /// <summary>The history entries <paramref name="party"/> sees; fails on any error.</summary>
    public async Task<IReadOnlyList<JsonElement>> HistoryOkAsync(Party party, string resource, string key) =>
        [.. WorkflowClient.Ok(await HistoryAsync(party, resource, key), "recordHistory").EnumerateArray()];

    public Task<GraphQLReply> RequestAsync(Party party, string resource, string key, string reason) =>
        Call(
            party,
            "mutation($resource: String!, $key: String!, $reason: String!) { "
                + "requestRecordDeletion(resource: $resource, key: $key, reason: $reason) { "
                + Request
                + " } }",
            new
            {
                resource,
                key,
                reason,
            }
        );

    public Task<GraphQLReply> ApproveAsync(Party party, string id, int? version = null) =>
        Call(
            party,
            "mutation($id: ID!, $version: Int) { approveRecordDeletion(id: $id, version: $version) { " + Request + " } }",
            new { id, version }
        );

    public Task<GraphQLReply> RejectAsync(Party party, string id, string reason, int? version = null) =>
        Call(
            party,
            "mutation($id: ID!, $reason: String!, $version: Int) { rejectRecordDeletion(id: $id, reason: $reason, version: $version) { "
                + Request
                + " } }",
            new
            {
                id,
                reason,
                version,
            }
        );

    /// <summary><c>recordDeletionRequest(id)</c> as <paramref name="party"/>: the request, or a JSON null.</summary>
    public async Task<JsonElement> GetAsync(Party party, string id) =>
        WorkflowClient.Ok(
            await Call(party, "query($id: ID!) { recordDeletionRequest(id: $id) { " + Request + " } }", new { id }),
            "recordDeletionRequest"
        );

    /// <summary>The ids of <c>recordDeletionRequests(state)</c> as <paramref name="party"/>.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(Party party, string? state = null)
    {
        var reply = await Call(
            party,
            "query($state: RecordDeletionState) { recordDeletionRequests(state: $state, first: 100) { id } }",
            new { state }
        );
        return [.. WorkflowClient.Ok(reply, "recordDeletionRequests").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
    }

    /// <summary>The (kind, deletion request id) of every <c>myTasks</c> task of <paramref name="party"/>.</summary>
    public async Task<IReadOnlyList<(string Kind, string? Deletion)>> TasksAsync(Party party)
    {
        var reply = await Call(party, "{ myTasks { kind deletionRequest { id } } }");
        return
        [
            .. WorkflowClient
                .Ok(reply, "myTasks")
                .EnumerateArray()
                .Select(t =>
                    (
                        t.GetProperty("kind").GetString()!,
                        t.GetProperty("deletionRequest").ValueKind == JsonValueKind.Null
                            ? null
                            : t.GetProperty("deletionRequest").GetProperty("id").GetString()
                    )
                ),
        ];
    }

    /// <summary>How many records of <c>marketEntities</c> have the credit code <paramref name="key"/>, as <paramref name="party"/>
    /// sees them.</summary>
    public async Task<int> CountAsync(Party party, string key) =>
        WorkflowClient
            .Ok(
                await Call(
                    party,
                    "query($key: String) { marketEntities(where: { creditCode: { eq: $key } }) { totalCount } }",
                    new { key }
                ),
                "marketEntities"
            )
            .GetProperty("totalCount")
            .GetInt32();

    /// <summary><c>marketEntity(creditCode)</c> as <paramref name="party"/>: the record's name, or a JSON null.</summary>
    public async Task<JsonElement> MarketEntityAsync(Party party, string key) =>
        WorkflowClient.Ok(
            await Call(party, "query($key: String!) { marketEntity(creditCode: $key) { creditCode name } }", new { key }),
            "marketEntity"
        );
}
