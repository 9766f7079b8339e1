using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Infrastructure.Sql;

namespace TaijiangGraph.Server.Tests.Sql;

/// <summary>
/// docs/architecture.md (The path of one request, step 8) on SQLite: the SQL of a data read selects the row id, the key and the selected
/// items the caller
/// may read — nothing else. (The suite-wide <see cref="DatasetSqlGuard"/> checks the same rule for every test.)
/// </summary>
public sealed class SelectedColumnsTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task A_query_selecting_two_items_selects_exactly_the_row_id_the_key_and_the_two_items()
    {
        var (reply, reads) = await server.QueryWithSql("TJ-JY", "{ marketEntities(first: 5) { nodes { name street } } }");

        Assert.Equal(5, reply.Data.GetProperty("marketEntities").GetProperty("nodes").GetArrayLength());
        var read = Assert.Single(reads);
        Assert.Equal(["ds_market_entity"], read.Shape.Tables);
        Assert.Equal(["credit_code", "name", "row_id", "street"], read.Shape.SelectList.Order(StringComparer.Ordinal));
        server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task Denied_items_in_the_selection_are_not_read()
    {
        var (reply, reads) = await server.QueryWithSql(
            "TJ-JY",
            "{ householdPeople(first: 3) { " + "nodes { name " + "maritalStatus " + "birthDate " + "street } } }"
        );

        Assert.Contains(reply.Errors, e => GraphQLReply.Extension(e, "code") == "FORBIDDEN_NOT_SHARED");
        var read = Assert.Single(reads);
        Assert.Equal(["id_number", "row_id", "street"], read.Shape.SelectList.Order(StringComparer.Ordinal));
        server.AssertNoSqlViolations();
    }

    [Fact]
    public async Task A_masked_item_is_read_to_be_masked_and_a_row_scope_item_is_read_in_the_predicate_only()
    {
        var (_, reads) = await server.QueryWithSql("TJ-RS", "{ subsistenceAllowances(first: 3) { nodes { name phone } } }");

        var read = Assert.Single(reads);
        Assert.Equal(["case_no", "name", "phone", "row_id"], read.Shape.SelectList.Order(StringComparer.Ordinal));
        Assert.Contains(("ds_subsistence_allowance", "street"), read.Shape.Columns);
        server.AssertNoSqlViolations();
    }
}
