using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Infrastructure.Sql;

namespace TaijiangGraph.Server.Tests.Sql;

/// <summary>
/// docs/architecture.md (The path of one request, step 8) on PostgreSQL: a test server on a fresh database of the suite's own PostgreSQL
/// server (it migrates
/// and seeds it on start) reads exactly the row id, the key and the selected items, as on SQLite.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSelectedColumnsTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private TaijiangServerFactory? _server;

    private TaijiangServerFactory Server => _server ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        var database = await postgres.CreateDatabaseAsync("server_sql");
        _server = TaijiangServerFactory.OnPostgreSql(postgres.ConnectionString(database));
        _ = _server.Services;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_query_selecting_two_items_selects_exactly_the_row_id_the_key_and_the_two_items_on_postgresql()
    {
        var (reply, reads) = await Server.QueryWithSql("TJ-JY", "{ marketEntities(first: 5) { nodes { name street } } }");

        Assert.Equal(5, reply.Data.GetProperty("marketEntities").GetProperty("nodes").GetArrayLength());
        var read = Assert.Single(reads);
        Assert.Equal(["ds_market_entity"], read.Shape.Tables);
        Assert.Equal(["credit_code", "name", "row_id", "street"], read.Shape.SelectList.Order(StringComparer.Ordinal));
        Server.AssertNoSqlViolations();
    }

    [SkippableFact]
    public async Task A_page_with_a_link_and_a_reverse_link_reads_only_permitted_columns_on_postgresql()
    {
        var (reply, reads) = await Server.QueryWithSql(
            "TJ-SCJG",
            "{ marketEntities(first: 10) { nodes { "
                + "creditCode "
                + "legalRepPerson { name "
                + "street } "
                + "taxPayments(first: 2) { "
                + "totalCount nodes { "
                + "taxType amount } } } } }"
        );

        Assert.Equal(10, reply.Data.GetProperty("marketEntities").GetProperty("nodes").GetArrayLength());
        Assert.Equal(4, reads.Count);
        Assert.Contains(reads, r =>
            r.Shape.Tables.Contains("ds_household_person")
            && r.Shape.SelectList.Order(StringComparer.Ordinal).SequenceEqual(["id_number", "row_id", "street"])
        );
        Server.AssertNoSqlViolations();
    }
}
