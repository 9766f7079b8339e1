using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Infrastructure.Sql;
using Xunit.Abstractions;

namespace TaijiangGraph.Server.Tests.Sql;

/// <summary>
/// docs/data-in.md ("Incremental reads") on SQLite, read from the SQL itself: every dataset read compares
/// <c>_deleted_at</c> and never selects it; <c>_version</c> and <c>_changed_at</c> are selected only for the <c>recordInfo</c>
/// sub-fields asked for, and <c>_changed_at</c> is compared only under <c>updatedSince</c> — a plain page reads nothing more.
/// </summary>
public sealed class BookkeepingColumnsTests(TaijiangServerFactory server, ITestOutputHelper output) : IClassFixture<TaijiangServerFactory>
{
    private const string NotDeleted = "\"_deleted_at\" IS NULL";

    [Fact]
    public async Task A_plain_page_compares_only_the_deletion_time_and_selects_no_bookkeeping_column()
    {
        var (_, reads) = await server.QueryWithSql("TJ-JY", "{ marketEntities(first: 5) { nodes { name street } } }");

        var read = Assert.Single(reads);
        output.WriteLine(read.Sql);
        Assert.Equal(["credit_code", "name", "row_id", "street"], read.Shape.SelectList.Order(StringComparer.Ordinal));
        Assert.Contains(NotDeleted, read.Sql, StringComparison.Ordinal);
        Assert.False(read.Shape.NamesIdentifier("_version"));
        Assert.False(read.Shape.NamesIdentifier("_changed_at"));
        server.AssertNoSqlViolations();
    }

    [Theory]
    [InlineData("version", new[] { "_version" })]
    [InlineData("updatedAt", new[] { "_changed_at" })]
    [InlineData("version updatedAt", new[] { "_changed_at", "_version" })]
    public async Task RecordInfo_selects_the_columns_of_exactly_the_sub_fields_asked_for(string fields, string[] columns)
    {
        var (reply, reads) = await server.QueryWithSql(
            "TJ-JY",
            $"{{ marketEntities(first: 3) {{ nodes {{ name recordInfo {{ {fields} }} }} }} }}"
        );

        Assert.Empty(reply.Errors);
        Assert.Equal(3, reply.Data.GetProperty("marketEntities").GetProperty("nodes").GetArrayLength());
        var read = Assert.Single(reads);
        Assert.Equal([.. columns, "credit_code", "name", "row_id"], read.Shape.SelectList.Order(StringComparer.Ordinal));
        server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task UpdatedSince_compares_the_change_time_without_selecting_it()
    {
        var (reply, reads) = await server.QueryWithSql(
            "TJ-JY",
            "{ marketEntities(first: 3, updatedSince: \"2026-11-01T00:00:00Z\") { totalCount nodes { name } } }"
        );

        Assert.Empty(reply.Errors);
        Assert.Equal(2, reads.Count);
        foreach (var read in reads)
        {
            output.WriteLine(read.Sql);
            Assert.Contains("\"_changed_at\" > @", read.Sql, StringComparison.Ordinal);
            Assert.Contains(NotDeleted, read.Sql, StringComparison.Ordinal);
            Assert.DoesNotContain("_changed_at", read.Shape.SelectList);
        }

        server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task Every_read_path_compares_the_deletion_time()
    {
        var (reply, reads) = await server.QueryWithSql(
            "TJ-SCJG",
            "{ marketEntities(first: 3) { totalCount nodes { legalRepPerson { street } taxPayments(first: 2) { totalCount "
                + "nodes { paymentId taxpayer { name } } } } } socialInsurance(recordId: \"none\") { recordId } }"
        );

        Assert.Empty(reply.Errors);
        Assert.Equal(7, reads.Count); // page, count, link, reverse page, reverse count, link back, by key
        Assert.All(reads, r => Assert.Contains(NotDeleted, r.Sql, StringComparison.Ordinal));
        server.AssertNoSqlViolations();
    }
}
