using System.Collections.Concurrent;
using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// The share-application API (docs/workflow.md) called as a <see cref="Party"/>: over an in-memory server (a fresh token per call,
/// minted on the server's pinned clock) or a real server process (a token per party from its <c>token</c> command, kept). Every
/// step answers the whole application (<see cref="Application"/>); the <c>*Ok</c> variants fail the test on any error.
/// </summary>
public sealed class WorkflowClient(Func<Party, Task<string>> tokenOf, Func<string, string, Task<GraphQLReply>> post)
{
    /// <summary>Every field of <c>ShareApplication</c>.</summary>
    public const string Application =
        "id applicant resource items purpose scenario legalBasis validFrom validTo rowScope { item anyOf } liftMasks liftMaskReason "
        + "state version submittedAt dueAt overdue calendarKnown grantId "
        + "history { step user department at before after text workingDays late }";

    private const string Submit =
        "mutation($input: ShareApplicationInput!) { submitShareApplication(input: $input) { " + Application + " } }";

    /// <summary>Calls on the in-memory <paramref name="server"/>.</summary>
    public static WorkflowClient Over(TaijiangServerFactory server) =>
        new(p => Task.FromResult(server.Token(p.User, p.Department, p.Roles)), (token, body) => server.SendWithToken(token, body));

    /// <summary>Calls on a real <paramref name="server"/> process (parties with one role each).</summary>
    public static WorkflowClient Over(ServerProcess server)
    {
        var tokens = new ConcurrentDictionary<Party, Task<string>>();
        return new(p => tokens.GetOrAdd(p, q => server.TokenAsync(q.User, q.Department, Assert.Single(q.Roles))), server.PostAsync);
    }

    /// <summary>Any document as <paramref name="party"/>, with the default purpose.</summary>
    public async Task<GraphQLReply> Call(Party party, string query, object? variables = null) =>
        await post(await tokenOf(party), GraphQLRequests.Body(query, variables));

    public Task<GraphQLReply> SubmitAsync(Party party, object input) => Call(party, Submit, new { input });

    /// <summary>Submits and returns the new application; fails on any error.</summary>
    public async Task<JsonElement> SubmitOkAsync(Party party, object input) =>
        Ok(await SubmitAsync(party, input), "submitShareApplication");

    public Task<GraphQLReply> ForwardAsync(Party party, string id, string? opinion = null, int? version = null) =>
        Step(
            party,
            "forwardShareApplication",
            "$opinion: String, $version: Int",
            "opinion: $opinion, version: $version",
            id,
            new { opinion, version }
        );

    public Task<GraphQLReply> ReturnAsync(Party party, string id, string reason, int? version = null) =>
        Step(
            party,
            "returnShareApplication",
            "$reason: String!, $version: Int",
            "reason: $reason, version: $version",
            id,
            new { reason, version }
        );

    public Task<GraphQLReply> ResubmitAsync(Party party, string id, object input, int? version = null) =>
        Step(
            party,
            "resubmitShareApplication",
            "$input: ShareApplicationInput!, $version: Int",
            "input: $input, version: $version",
            id,
            new { input, version }
        );

    public Task<GraphQLReply> WithdrawAsync(Party party, string id, int? version = null) =>
        Step(party, "withdrawShareApplication", "$version: Int", "version: $version", id, new { version });

    /// <summary>Approves; null terms mean "as asked".</summary>
    public Task<GraphQLReply> ApproveAsync(
        Party party,
        string id,
        DateOnly? validTo = null,
        IReadOnlyList<Dictionary<string, object?>>? rowScope = null,
        IReadOnlyList<string>? liftMasks = null,
        IReadOnlyList<string>? items = null,
        int? version = null,
        string? opinion = null
    ) =>
        Step(
            party,
            "approveShareApplication",
            "$opinion: String, $validTo: Date, $rowScope: [RowScopeConditionInput!], $liftMasks: [String!], $items: [String!], "
                + "$version: Int",
            "opinion: $opinion, validTo: $validTo, rowScope: $rowScope, liftMasks: $liftMasks, items: $items, version: $version",
            id,
            new
            {
                opinion,
                validTo = validTo is { } day ? ApplicationInputs.Date(day) : null,
                rowScope,
                liftMasks,
                items,
                version,
            }
        );

    public Task<GraphQLReply> RejectAsync(Party party, string id, string reason, int? version = null) =>
        Step(
            party,
            "rejectShareApplication",
            "$reason: String!, $version: Int",
            "reason: $reason, version: $version",
            id,
            new { reason, version }
        );

    public Task<GraphQLReply> CommentAsync(Party party, string id, string text, int? version = null) =>
        Step(
            party,
            "commentOnShareApplication",
            "$text: String!, $version: Int",
            "text: $text, version: $version",
            id,
            new { text, version }
        );

    /// <summary>Revokes a grant; answers <c>{ id state revokedAt applicationId }</c>.</summary>
    public Task<GraphQLReply> RevokeGrantAsync(Party party, string grantId, string reason) =>
        Call(
            party,
            "mutation($id: ID!, $reason: String!) { revokeGrant(id: $id, reason: $reason) { id state revokedAt applicationId } }",
            new { id = grantId, reason }
        );

    /// <summary><c>shareApplication(id)</c> as <paramref name="party"/>.</summary>
    public Task<GraphQLReply> GetAsync(Party party, string id) =>
        Call(party, "query($id: ID!) { shareApplication(id: $id) { " + Application + " } }", new { id });

    /// <summary>The application as <paramref name="party"/> sees it; fails when it is not there.</summary>
    public async Task<JsonElement> GetOkAsync(Party party, string id)
    {
        var application = Ok(await GetAsync(party, id), "shareApplication");
        Assert.Equal(JsonValueKind.Object, application.ValueKind);
        return application;
    }

    /// <summary><c>myTasks</c> as <paramref name="party"/>, in the order served.</summary>
    public async Task<IReadOnlyList<JsonElement>> TasksAsync(Party party)
    {
        var reply = await Call(
            party,
            "{ myTasks { kind dueAt overdue application { id state applicant resource dueAt } "
                + "grant { id grantee validTo applicationId } } }"
        );
        return [.. Ok(reply, "myTasks").EnumerateArray()];
    }

    /// <summary>Sets a year's calendar as <paramref name="party"/>.</summary>
    public Task<GraphQLReply> SetCalendarAsync(Party party, int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays) =>
        Call(
            party,
            "mutation($year: Int!, $holidays: [Date!]!, $workdays: [Date!]!) { "
                + "setWorkingCalendar(year: $year, holidays: $holidays, workdays: $workdays) { year known holidays workdays } }",
            new
            {
                year,
                holidays = holidays.Select(ApplicationInputs.Date).ToArray(),
                workdays = workdays.Select(ApplicationInputs.Date).ToArray(),
            }
        );

    /// <summary><c>data.{field}</c> of a reply without errors.</summary>
    public static JsonElement Ok(GraphQLReply reply, string field) => reply.DataWithoutErrors().GetProperty(field);

    private Task<GraphQLReply> Step(Party party, string field, string parameters, string arguments, string id, object extra)
    {
        var variables = JsonSerializer.SerializeToNode(extra)!.AsObject();
        variables["id"] = id;
        var query = $"mutation($id: ID!, {parameters}) {{ {field}(id: $id, {arguments}) {{ {Application} }} }}";
        return Call(party, query, variables.ToJsonString());
    }
}
