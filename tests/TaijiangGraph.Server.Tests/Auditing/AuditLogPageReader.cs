using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>Calls <c>auditLog</c> or <c>recordAccesses</c> and returns the page: its records (the fields the tests compare) and
/// paging.</summary>
public static class AuditLogPageReader
{
    private const string Fields =
        "nodes { id userId department "
        + "resource outcome "
        + "purpose time "
        + "itemsRead "
        + "itemsMasked "
        + "itemsDenied "
        + "itemsFiltered } hasNextPage endCursor";

    /// <summary>One page of <c>auditLog</c> with the given arguments (GraphQL variables: department, user, resource, item, outcome, from,
    /// to, first, after).</summary>
    public static async Task<AuditLogRows> AuditLog(WebApplicationFactory<Program> app, string token, object arguments)
    {
        const string query =
            "query($department: String, "
            + "$user: String, "
            + "$resource: String, "
            + "$item: String, "
            + "$outcome: "
            + "AuditOutcome, "
            + "$from: DateTimeOffset, "
            + "$to: DateTimeOffset, $first: Int, $after: String) { "
            + "auditLog(department: "
            + "$department, "
            + "user: $user, "
            + "resource: "
            + "$resource, "
            + "item: $item, "
            + "outcome: $outcome, from: $from, to: $to, first: $first, after: $after) { "
            + Fields
            + " } }";
        return Read(await Call(app, token, query, arguments), "auditLog");
    }

    /// <summary>Every record <c>auditLog</c> shows with the given filters, following the pages.</summary>
    public static async Task<IReadOnlyList<AuditLogRow>> AllPages(
        WebApplicationFactory<Program> app,
        string token,
        Dictionary<string, object?> arguments
    )
    {
        var rows = new List<AuditLogRow>();
        string? after = null;
        do
        {
            var page = await AuditLog(app, token, new Dictionary<string, object?>(arguments) { ["first"] = 100, ["after"] = after });
            rows.AddRange(page.Rows);
            after = page.HasNextPage ? page.EndCursor : null;
        } while (after is not null);

        return rows;
    }

    public static async Task<GraphQLReply> RecordAccesses(WebApplicationFactory<Program> app, string token, string resource, string key) =>
        await Call(
            app,
            token,
            "query($r: String!, $k: " + "String!) { " + "recordAccesses(resource: $r, " + "key: $k) { " + Fields + " } }",
            new { r = resource, k = key }
        );

    public static AuditLogRows Read(GraphQLReply body, string field)
    {
        var page = body.Data.GetProperty(field);
        var rows = page.GetProperty("nodes")
            .EnumerateArray()
            .Select(n => new AuditLogRow(
                long.Parse(n.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                n.GetProperty("userId").GetString()!,
                n.GetProperty("department").GetString()!,
                n.GetProperty("resource").GetString(),
                n.GetProperty("outcome").GetString()!,
                n.GetProperty("purpose").GetString(),
                n.GetProperty("time").GetDateTimeOffset(),
                new[] { "itemsRead", "itemsMasked", "itemsDenied", "itemsFiltered" }
                    .SelectMany(p => n.GetProperty(p).EnumerateArray().Select(i => i.GetString()!))
                    .ToList()
            ))
            .ToList();
        return new AuditLogRows(rows, page.GetProperty("hasNextPage").GetBoolean(), page.GetProperty("endCursor").GetString());
    }

    private static async Task<GraphQLReply> Call(WebApplicationFactory<Program> app, string token, string query, object variables)
    {
        var response = await AuditHttp.Post(app, token, query, purpose: null, variables: variables);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response;
    }
}
