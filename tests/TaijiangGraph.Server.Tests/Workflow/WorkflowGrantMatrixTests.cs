using System.Net;
using System.Text.Json;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Server.Tests.DataGraph;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/policy.md (Sharing types, Grants, Row scope) for a grant made through the workflow: TJ-JY applies for three conditional
/// items of <c>market_entity</c> (one mask lifted, rows of two streets), the bureau forwards, the reviewer approves two items for one
/// street; every item TJ-JY then reads matches the hand-written expectations below (notation of expectation-matrix.txt, checked
/// with <see cref="MatrixCellAssert"/> against the provider's read of the same rows), and rows outside the scope stay invisible
/// to a read of a scoped item while a read of unscoped items sees them all.
/// </summary>
public sealed class WorkflowGrantMatrixTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Resource = "market_entity";
    private const string Connection = "marketEntities";
    private const string Street = "苍霞";

    // TJ-JY on market_entity after the approval (R = raw, M:RULE = masked, DC / DN = denied, @item=value = rows in that scope).
    private static readonly (string Item, string Expected)[] Expectations =
    [
        ("credit_code", "R"),
        ("name", "R"),
        ("entity_type", "R"),
        ("legal_rep", "M:NAME@street=苍霞"), // approved, mask kept
        ("legal_rep_id", "DC"), // asked for, not approved
        ("registered_capital", "R"),
        ("established_on", "R"),
        ("address", "R"),
        ("street", "R"),
        ("status", "R"),
        ("contact_phone", "R@street=苍霞"), // approved with its mask lifted
        ("inspection_notes", "DN"),
    ];

    [Fact]
    public async Task Every_item_read_under_a_grant_made_through_the_workflow_is_as_written()
    {
        var grantId = await GrantThroughTheWorkflowAsync();
        var cells = Expectations.Select(e => (e.Item, Cell: MatrixCell.Parse(e.Expected))).ToList();
        var items = cells.Select(c => c.Item).ToList();

        var reply = await server.Query("TJ-JY", PageQuery(items, null));
        var reference = await server.Query("TJ-SCJG", PageQuery(items, Street));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reference.Errors);
        var (rows, total) = Page(reply);
        var (providerRows, providerTotal) = Page(reference);
        Assert.NotEmpty(providerRows);
        Assert.Equal(providerTotal, total);
        Assert.Equal(providerRows.Count, rows.Count);
        Assert.Equal(total, rows.Count);
        foreach (var (item, cell) in cells)
        {
            MatrixCellAssert.Holds(reply, Connection, Resource, item, cell, rows, providerRows);
        }

        Assert.Equal(cells.Count(c => c.Cell.IsDenied), reply.Errors.Count);
        Assert.All(rows, r => Assert.Equal(Street, r.GetProperty("street").GetString()));
        var active = WorkflowClient.Ok(await server.Query("TJ-JY", "{ me { activeGrants { id } } }"), "me").GetRawText();
        Assert.Contains(grantId, active, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_outside_the_scope_are_seen_without_the_scoped_items_and_never_with_them()
    {
        await GrantThroughTheWorkflowAsync();
        var (_, all) = Page(await server.Query("TJ-SCJG", PageQuery(["credit_code", "street"], null)));
        var (_, inScope) = Page(await server.Query("TJ-SCJG", PageQuery(["credit_code"], Street)));

        var (unscopedRows, unscoped) = Page(await server.Query("TJ-JY", PageQuery(["credit_code", "street"], null)));
        var (scopedRows, scoped) = Page(await server.Query("TJ-JY", PageQuery(["credit_code", "legal_rep"], null)));
        var (phoneRows, phones) = Page(await server.Query("TJ-JY", PageQuery(["contact_phone"], null)));
        var (outsideRows, outside) = Page(await server.Query("TJ-JY", PageQuery(["legal_rep"], "茶亭")));

        Assert.True(all > inScope && inScope > 0, $"The sample has rows in and outside {Street}: {inScope} of {all}.");
        Assert.Equal(all, unscoped);
        Assert.Contains(unscopedRows, r => r.GetProperty("street").GetString() != Street);
        Assert.Equal((inScope, inScope), (scoped, phones));
        Assert.Equal((scoped, phones), (scopedRows.Count, phoneRows.Count));
        Assert.Equal((0, 0), (outside, outsideRows.Count));
    }

    /// <summary>
    /// The application, forwarded and approved narrower than asked (once per server); returns the grant id. The server's SQL guard
    /// is told of the grant as this test expects it, so it checks the reads against it.
    /// </summary>
    private async Task<string> GrantThroughTheWorkflowAsync()
    {
        var id = await ApproveOnceAsync();
        server.Sql.Allow(
            new Grant
            {
                Id = id,
                Grantee = "TJ-JY",
                Resource = Resource,
                Items = [new GrantItem("legal_rep", LiftMask: false), new GrantItem("contact_phone", LiftMask: true)],
                RowScope = new RowScope([new RowScopeCondition("street", [Street])]),
                Purpose = "校外培训机构法定代表人核查",
                ValidFrom = ApplicationInputs.ChinaDay(TaijiangServerFactory.Now),
                ValidTo = ApplicationInputs.ChinaDay(TaijiangServerFactory.Now).AddDays(89),
                Approver = Party.Reviewer.User,
            }
        );
        return id;
    }

    private async Task<string> ApproveOnceAsync()
    {
        var client = WorkflowClient.Over(server);
        var existing = WorkflowClient.Ok(
            await client.Call(Party.Applicant, "{ grants(resource: \"market_entity\") { id applicationId } }"),
            "grants"
        );
        if (
            existing.EnumerateArray().FirstOrDefault(g => g.GetProperty("applicationId").ValueKind == JsonValueKind.String) is
            { ValueKind: JsonValueKind.Object } made
        )
        {
            return made.GetProperty("id").GetString()!;
        }

        var input = ApplicationInputs.Input(
            Resource,
            ["legal_rep", "legal_rep_id", "contact_phone"],
            ApplicationInputs.ChinaDay(TaijiangServerFactory.Now),
            days: 90,
            rowScope: [ApplicationInputs.Scope("street", Street, "茶亭")],
            liftMasks: ["contact_phone"],
            liftMaskReason: "需直接联系机构负责人"
        );
        var id = WorkflowAssert.Id(await client.SubmitOkAsync(Party.Applicant, input));
        WorkflowAssert.Done(await client.ForwardAsync(Party.Bureau, id, "同意转报"));
        var approved = WorkflowAssert.Done(
            await client.ApproveAsync(
                Party.Reviewer,
                id,
                items: ["legal_rep", "contact_phone"],
                rowScope: [ApplicationInputs.Scope("street", Street)],
                liftMasks: ["contact_phone"]
            )
        );
        return WorkflowAssert.Text(approved, "grantId") ?? throw new Xunit.Sdk.XunitException("The approval names no grant.");
    }

    private static string PageQuery(IEnumerable<string> items, string? street)
    {
        var where = street is null ? "" : $", where: {{ street: {{ eq: {JsonSerializer.Serialize(street)} }} }}";
        var fields = string.Join(' ', items.Select(SampleResources.FieldOf));
        return $"{{ {Connection}(first: 100{where}) {{ totalCount nodes {{ {fields} }} }} }}";
    }

    private static (IReadOnlyList<JsonElement> Rows, int Total) Page(GraphQLReply reply)
    {
        var page = reply.Data.GetProperty(Connection);
        return (page.GetProperty("nodes").EnumerateArray().ToList(), page.GetProperty("totalCount").GetInt32());
    }
}
