using System.Net;
using System.Text.Json;
using Snapshooter;
using Snapshooter.Xunit;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Tests.Shared;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// docs/policy.md (Sharing types): every cell of the hand-written expectation matrix (expectation-matrix.txt), asserted over HTTP
/// for every sample department and the bureau, each resource read with every item selected; the full results
/// are snapshotted beside the assertions (no cursors selected: they are encrypted with a random nonce).
/// </summary>
public sealed class ExpectationMatrixOverHttpTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const int PageSize = 100;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (department, resource) in ExpectationMatrix.Cells().Select(c => (c.Department, c.Resource)).Distinct())
        {
            data.Add(department, resource);
        }

        return data;
    }

    [Fact]
    public void Every_department_of_the_matrix_is_checked_on_all_five_resources() =>
        Assert.Equal(ExpectationMatrix.Departments.Count * 5, Cases().Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_item_reads_over_http_as_the_matrix_says(string department, string resource)
    {
        var snapshotName = Snapshot.FullName(new SnapshotNameExtension(department, resource));
        var cells = ExpectationMatrix
            .Cells()
            .Where(c => c.Department == department && c.Resource == resource)
            .Select(c => (c.Item, Cell: MatrixCell.Parse(c.Expected)))
            .ToList();
        var items = cells.Select(c => c.Item).ToList();
        var scopes = cells
            .Where(c => c.Cell.ScopeItem is not null)
            .Select(c => (Item: c.Cell.ScopeItem!, Value: c.Cell.ScopeValue!))
            .Distinct()
            .ToList();
        Assert.True(scopes.Count <= 1, "The sample has at most one row scope per department and resource.");
        var connection = SampleResources.ConnectionOf(resource);
        var provider = SampleResources.ProviderOf(resource);

        var reply = await server.Query(department, PageQuery(connection, items, null));
        var reference = await server.Query(provider, PageQuery(connection, items, scopes.Count == 0 ? null : scopes[0]));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reference.Errors);
        var (rows, total) = Page(reply, connection);
        var (providerRows, providerTotal) = Page(reference, connection);
        Assert.NotEmpty(providerRows);
        Assert.Equal(providerTotal, total);
        Assert.Equal(providerRows.Count, rows.Count);
        Assert.Equal(total, rows.Count); // one page holds every record in scope
        foreach (var (item, cell) in cells)
        {
            MatrixCellAssert.Holds(reply, connection, resource, item, cell, rows, providerRows);
        }

        if (scopes.Count == 1)
        {
            var field = SampleResources.FieldOf(scopes[0].Item);
            Assert.All(rows, r => Assert.Equal(scopes[0].Value, r.GetProperty(field).GetString()));
            var (_, allRows) = Page(await server.Query(provider, PageQuery(connection, [scopes[0].Item], null)), connection);
            Assert.True(allRows > total, "The sample has rows outside the scope, which the scoped read does not see.");
        }

        Assert.Equal(cells.Count(c => c.Cell.IsDenied), reply.Errors.Count);
        Snapshot.Match(reply.ForSnapshot(), snapshotName);
    }

    private static string PageQuery(string connection, IEnumerable<string> items, (string Item, string Value)? scope)
    {
        var where = scope is { } s
            ? $", where: {{ {SampleResources.FieldOf(s.Item)}: {{ eq: {JsonSerializer.Serialize(s.Value)} }} }}"
            : "";
        return $"{{ {connection}(first: {PageSize}{where}) "
            + $"{{ totalCount nodes {{ {string.Join(' ', items.Select(SampleResources.FieldOf))} }} }} }}";
    }

    private static (IReadOnlyList<JsonElement> Rows, int Total) Page(GraphQLReply reply, string connection)
    {
        var page = reply.Data.GetProperty(connection);
        return (page.GetProperty("nodes").EnumerateArray().ToList(), page.GetProperty("totalCount").GetInt32());
    }
}
