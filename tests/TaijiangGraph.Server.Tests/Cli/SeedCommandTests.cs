using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>
/// The <c>seed</c> command of the built server, run as a child process (docs/architecture.md, "Bulk seeding"): it appends the
/// records after the seeded ones, the graph then counts them all, and bad arguments exit with 2 before anything is built.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeedCommandTests(PostgresServerFixture postgres)
{
    private const string Count = "{ marketEntities(first: 1) { totalCount nodes { creditCode } } }";

    [Fact]
    public async Task Seed_appends_the_records_on_sqlite_and_the_graph_counts_them()
    {
        var folder = Path.Combine(Path.GetTempPath(), "taijiang-seed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await ServerProcess.RunAsync(
                "seed",
                "--resource",
                "market_entity",
                "--records",
                "5000",
                $"--Database:DataFolder={folder}"
            );

            AssertSeeded(result);
            await using var server = TaijiangServerFactory.With(("Database:DataFolder", folder));
            await AssertCountAsync(server);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [SkippableFact]
    public async Task Seed_appends_the_records_on_postgresql_and_the_graph_counts_them()
    {
        var connection = postgres.ConnectionString(await postgres.CreateDatabaseAsync("seed_cli"));

        var result = await ServerProcess.RunAsync(
            "seed",
            "--resource",
            "market_entity",
            "--records",
            "5000",
            "--Database:Provider=PostgreSql",
            $"--Database:ConnectionString={connection}"
        );

        AssertSeeded(result);
        await using var server = TaijiangServerFactory.OnPostgreSql(connection);
        await AssertCountAsync(server);
    }

    [Fact]
    public async Task An_unknown_resource_exits_with_2_and_names_the_known_ones()
    {
        var result = await ServerProcess.RunAsync("seed", "--resource", "market", "--records", "10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "Unknown resource 'market'. Known: market_entity, household_person",
            result.StandardError,
            StringComparison.Ordinal
        );
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10000001")]
    public async Task A_record_count_out_of_range_exits_with_2_and_the_usage(string records)
    {
        var result = await ServerProcess.RunAsync("seed", "--resource", "market_entity", "--records", records);

        CliAssert.Refused(result, $"--records must be 1 to 10,000,000; got {records}.", "seed [options]");
    }

    [Fact]
    public async Task A_missing_record_count_exits_with_2_and_the_usage()
    {
        var result = await ServerProcess.RunAsync("seed", "--resource", "market_entity");

        CliAssert.Refused(result, "Option '--records' is required.", "seed [options]");
    }

    private static void AssertSeeded(CliResult result)
    {
        Assert.True(result.ExitCode == 0, $"seed exited with {result.ExitCode}: {result.StandardError}");
        Assert.Contains("market_entity: 3000/5000 (60%)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Seeded 5000 market_entity records (now 5005 rows)", result.StandardOutput, StringComparison.Ordinal);
    }

    private static async Task AssertCountAsync(TaijiangServerFactory server)
    {
        var reply = await server.Query("TJ-JY", Count);

        Assert.Equal(5005, reply.Data.GetProperty("marketEntities").GetProperty("totalCount").GetInt32());
        server.AssertNoSqlViolations();
    }
}
