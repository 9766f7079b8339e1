using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Infrastructure.Sql;

namespace TaijiangGraph.Server.Tests.Sql;

/// <summary>
/// docs/architecture.md (The path of one request, step 8): links and reverse links load in batches — a page costs one read per field and
/// level, never one
/// per row — counted as the dataset SELECTs the SQL guard saw for the request.
/// </summary>
public sealed class BatchingTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Page =
        "marketEntities(first: 50) "
        + "{ nodes { "
        + "creditCode name "
        + "legalRepPerson { name "
        + "street } "
        + "taxPayments(first: "
        + "5) { nodes { taxType amount } } } }";

    [Fact]
    public async Task A_page_of_fifty_with_a_link_and_a_reverse_link_costs_at_most_three_dataset_reads()
    {
        var (reply, reads) = await server.QueryWithSql("TJ-SCJG", "{ " + Page + " }");

        Assert.True(reads.Count <= 3, Describe(reads));
        Assert.Equal(["ds_household_person", "ds_market_entity", "ds_tax_payment"], Tables(reads));
        var nodes = reply.Data.GetProperty("marketEntities").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n =>
            Assert.Equal(JsonValueKind.String, n.GetProperty("legalRepPerson").GetProperty("street").ValueKind)
        );
        Assert.All(nodes.EnumerateArray(), n =>
            Assert.Equal(JsonValueKind.Null, n.GetProperty("legalRepPerson").GetProperty("name").ValueKind)
        );
        Assert.Contains(nodes.EnumerateArray(), n => n.GetProperty("taxPayments").GetProperty("nodes").GetArrayLength() > 0);
        Assert.All(nodes.EnumerateArray(), n => Assert.InRange(n.GetProperty("taxPayments").GetProperty("nodes").GetArrayLength(), 0, 5));
        Assert.Single(reply.ErrorsFor("household_person", "name"));
        Assert.Single(reply.ErrorsFor("tax_payment", "amount"));
        Assert.All(reply.Errors, e => Assert.Equal("FORBIDDEN_CONDITIONAL", GraphQLReply.Extension(e, "code")));
        server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task A_second_reverse_link_costs_one_more_read()
    {
        var query =
            "{ "
            + Page.Replace("} } } }", "} } insuredEmployees(first: 3) " + "{ nodes { " + "insuranceType } } } }", StringComparison.Ordinal)
            + " }";

        var (reply, reads) = await server.QueryWithSql("TJ-SCJG", query);

        Assert.True(reads.Count <= 4, Describe(reads));
        Assert.Equal(["ds_household_person", "ds_market_entity", "ds_social_insurance", "ds_tax_payment"], Tables(reads));
        Assert.Contains(reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray(), n =>
            n.GetProperty("insuredEmployees").GetProperty("nodes").GetArrayLength() > 0
        );
        server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task A_total_count_inside_the_reverse_connection_costs_one_grouped_count_for_the_whole_page()
    {
        var query = "{ " + Page.Replace("taxPayments(first: 5) {", "taxPayments(first: 5) { totalCount", StringComparison.Ordinal) + " }";

        var (reply, reads) = await server.QueryWithSql("TJ-SCJG", query);

        Assert.True(reads.Count <= 4, Describe(reads));
        var count = Assert.Single(reads, r => r.Shape.Text.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("GROUP BY", count.Sql, StringComparison.OrdinalIgnoreCase);
        var nodes = reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n =>
            Assert.True(
                n.GetProperty("taxPayments").GetProperty("totalCount").GetInt32()
                    >= n.GetProperty("taxPayments").GetProperty("nodes").GetArrayLength()
            )
        );
        Assert.Contains(nodes, n => n.GetProperty("taxPayments").GetProperty("totalCount").GetInt32() > 0);
        server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task A_reverse_link_with_first_one_reads_at_most_one_row_per_parent_through_a_row_number_window()
    {
        var query = "{ " + Page.Replace("taxPayments(first: 5)", "taxPayments(first: 1)", StringComparison.Ordinal) + " }";

        var (reply, reads) = await server.QueryWithSql("TJ-SCJG", query);

        var read = Assert.Single(reads, r => r.Shape.Tables.Contains("ds_tax_payment"));
        Assert.Matches(@"ROW_NUMBER\(\) OVER ?\(PARTITION BY ""\w+""\.""taxpayer_id""", read.Sql);
        Assert.Matches(@"<= @\w+", read.Sql);
        var nodes = reply.Data.GetProperty("marketEntities").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.InRange(n.GetProperty("taxPayments").GetProperty("nodes").GetArrayLength(), 0, 1));
        Assert.Contains(nodes, n => n.GetProperty("taxPayments").GetProperty("nodes").GetArrayLength() == 1);
        server.AssertNoSqlViolations();
    }

    private static string[] Tables(IReadOnlyList<DatasetCommand> reads) =>
        reads.SelectMany(r => r.Shape.Tables).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static string Describe(IReadOnlyList<DatasetCommand> reads) =>
        $"{reads.Count} dataset reads:{Environment.NewLine}{string.Join(Environment.NewLine, reads.Select(r => r.Sql))}";
}
