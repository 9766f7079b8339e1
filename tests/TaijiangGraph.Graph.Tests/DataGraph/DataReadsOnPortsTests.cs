using System.Text.Json;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Tests.Fakes;

namespace TaijiangGraph.Graph.Tests.DataGraph;

/// <summary>
/// The graph's data reads through the <c>IDatasetReader</c> port (docs/architecture.md, The path of one request), driven
/// black-box: a GraphQL document in, the reads the fake storage received and the JSON answer out.
/// </summary>
public sealed class DataReadsOnPortsTests : IDisposable
{
    private readonly FakeGraph _graph = new(TinyWorld.Catalog);

    public DataReadsOnPortsTests()
    {
        _graph.Storage.Reader.With(
            "company",
            TinyWorld.Company("C1", "甲", "苍霞"),
            TinyWorld.Company("C2", "乙", "苍霞"),
            TinyWorld.Company("C3", "丙", "洋中"),
            TinyWorld.Company("C4", "丁", "洋中"),
            TinyWorld.Company("C5", "戊", "苍霞")
        );
        _graph.Storage.Reader.With(
            "branch",
            TinyWorld.Branch("B1", "C1"),
            TinyWorld.Branch("B2", "C1"),
            TinyWorld.Branch("B3", "C2"),
            TinyWorld.Branch("B4", "C3")
        );
    }

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task A_page_asks_the_reader_for_one_row_more_and_the_end_cursor_continues_after_the_last_row()
    {
        var first = await _graph.RunAsync(
            TinyWorld.User(TinyWorld.Provider),
            "{ companies(first: 2) { nodes { companyName } pageInfo { hasNextPage endCursor } } }"
        );

        NoErrors(first);
        var page = first.GetProperty("data").GetProperty("companies");
        Assert.Equal(["甲", "乙"], Names(page, "companyName"));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var asked = Assert.Single(_graph.Storage.Reader.Pages);
        Assert.Equal(3, asked.Take);
        Assert.Null(asked.After);

        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await _graph.RunAsync(
            TinyWorld.User(TinyWorld.Provider),
            $$"""{ companies(first: 2, after: "{{cursor}}") { nodes { companyName } pageInfo { hasNextPage } } }"""
        );

        NoErrors(next);
        Assert.Equal(["丙", "丁"], Names(next.GetProperty("data").GetProperty("companies"), "companyName"));
        Assert.True(next.GetProperty("data").GetProperty("companies").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var continued = _graph.Storage.Reader.Pages.Last();
        Assert.Equal(3, continued.Take);
        Assert.Equal(2, continued.After?.RowId);
    }

    [Fact]
    public async Task The_last_page_has_no_next_page_when_the_reader_returns_no_extra_row()
    {
        var result = await _graph.RunAsync(
            TinyWorld.User(TinyWorld.Provider),
            "{ companies(first: 5) " + "{ nodes { " + "companyCode } " + "pageInfo " + "{ hasNextPage } } }"
        );

        NoErrors(result);
        Assert.Equal(5, result.GetProperty("data").GetProperty("companies").GetProperty("nodes").GetArrayLength());
        Assert.False(result.GetProperty("data").GetProperty("companies").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(6, Assert.Single(_graph.Storage.Reader.Pages).Take);
    }

    [Fact]
    public async Task A_reverse_connection_under_a_list_of_parents_is_one_batched_read_for_all_their_keys()
    {
        var result = await _graph.RunAsync(
            TinyWorld.User(TinyWorld.Provider),
            "{ companies(first: 4) { nodes { companyCode branches(first: 5) { nodes { branchCode } } } } }"
        );

        NoErrors(result);
        var nodes = result.GetProperty("data").GetProperty("companies").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["B1", "B2"], Names(nodes[0].GetProperty("branches"), "branchCode"));
        Assert.Equal(["B3"], Names(nodes[1].GetProperty("branches"), "branchCode"));
        Assert.Equal(["B4"], Names(nodes[2].GetProperty("branches"), "branchCode"));
        Assert.Empty(Names(nodes[3].GetProperty("branches"), "branchCode"));
        var batch = Assert.Single(_graph.Storage.Reader.WhereIns);
        Assert.Equal(("branch", "company_code"), (batch.Resource, batch.Item));
        Assert.Equal(["C1", "C2", "C3", "C4"], batch.Values.Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(6, batch.PerValueTake);
    }

    [Fact]
    public async Task Link_fields_under_a_list_are_one_batched_read_by_key()
    {
        var result = await _graph.RunAsync(
            TinyWorld.User(TinyWorld.Provider),
            "{ branches(first: 10) { nodes { branchCode company { companyName } } } }"
        );

        NoErrors(result);
        Assert.Equal(
            ["甲", "甲", "乙", "丙"],
            result
                .GetProperty("data")
                .GetProperty("branches")
                .GetProperty("nodes")
                .EnumerateArray()
                .Select(n => n.GetProperty("company").GetProperty("companyName").GetString())
        );
        var batch = Assert.Single(_graph.Storage.Reader.WhereIns);
        Assert.Equal(("company", "company_code"), (batch.Resource, batch.Item));
        Assert.Equal(["C1", "C2", "C3"], batch.Values.Cast<string>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_row_scope_of_a_grant_is_anded_into_the_filter_the_reader_receives()
    {
        _graph.Storage.Grants.Grants.Add(TinyWorld.StreetGrant("苍霞"));

        var result = await _graph.RunAsync(
            TinyWorld.User(TinyWorld.Consumer),
            """{ companies(first: 10, where: { companyName: { eq: "甲" } }) { nodes { companyName street } } }"""
        );

        NoErrors(result);
        Assert.Equal(["甲"], Names(result.GetProperty("data").GetProperty("companies"), "companyName"));
        var filter = Assert.IsType<AndFilter>(Assert.Single(_graph.Storage.Reader.Pages).Filter);
        var conditions = filter.Conditions().ToList();
        Assert.Contains(new ItemCondition("company_name", FilterOperator.Eq, "甲"), conditions);
        var scope = Assert.Single(conditions, c => c.Item == "street");
        Assert.Equal(FilterOperator.In, scope.Operator);
        Assert.Equal(["苍霞"], ((IEnumerable<object?>)scope.Value!).Cast<string>());
    }

    [Fact]
    public async Task The_row_scope_alone_limits_the_rows_when_the_caller_gives_no_filter()
    {
        _graph.Storage.Grants.Grants.Add(TinyWorld.StreetGrant("洋中"));

        var result = await _graph.RunAsync(TinyWorld.User(TinyWorld.Consumer), "{ companies(first: 10) { nodes { companyName street } } }");

        NoErrors(result);
        Assert.Equal(["丙", "丁"], Names(result.GetProperty("data").GetProperty("companies"), "companyName"));
        var scope = Assert.Single(Assert.Single(_graph.Storage.Reader.Pages).Filter!.Conditions());
        Assert.Equal(("street", FilterOperator.In), (scope.Item, scope.Operator));
    }

    private static void NoErrors(JsonElement result) =>
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? "" : errors.ToString());

    private static List<string?> Names(JsonElement connection, string field) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(field).GetString())];
}
