using TaijiangGraph.Core.Records;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>A record that breaks the catalog is refused with the item named, and nothing of the batch is stored.</summary>
[Collection(PostgresCollection.Name)]
public sealed class InvalidRecordTests(PostgresServerFixture postgres)
{
    private static readonly string[] CaseNames =
    [
        "unknown item",
        "classified item",
        "three fractional digits",
        "int given as string",
        "local date-time",
        "missing key",
    ];

    public static TheoryData<DatabaseProvider, string> Cases { get; } = Matrix();

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task InsertAsync_refuses_the_batch_when_a_record_is_invalid(DatabaseProvider provider, string @case)
    {
        var (record, code, item) = Invalid(@case);
        await using var db = await TestDatabase.CreateAsync(provider, postgres);
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, TestCatalogs.AllKinds);
        var store = new DatasetRecordStore(contexts);
        var valid = TestCatalogs.Record("valid", ("amount", 1.25m));

        var error = await Assert.ThrowsAsync<RecordInvalidException>(() =>
            store.InsertAsync(TestCatalogs.AllKinds, TestCatalogs.KindSample, [valid, record])
        );

        var violation = Assert.Single(error.Violations);
        Assert.Equal((code, "kind_sample", item), (violation.Code, violation.Resource, violation.Item));
        Assert.Contains(item, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.CountAsync("ds_kind_sample"));
    }

    [SkippableFact]
    public void A_classified_item_is_refused_exactly_like_an_item_that_does_not_exist()
    {
        var classified = Assert.Single(RecordValidator.Validate(TestCatalogs.KindSample, TestCatalogs.Record("k", ("secret", "x"))));
        var unknown = Assert.Single(RecordValidator.Validate(TestCatalogs.KindSample, TestCatalogs.Record("k", ("made_up", "x"))));

        Assert.Equal(unknown.Code, classified.Code);
        Assert.Equal(unknown.Message.Replace("made_up", "secret", StringComparison.Ordinal), classified.Message);
    }

    private static TheoryData<DatabaseProvider, string> Matrix()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            foreach (var name in CaseNames)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    private static (IReadOnlyDictionary<string, object?> Record, string Code, string Item) Invalid(string @case) =>
        @case switch
        {
            "unknown item" => (TestCatalogs.Record("bad", ("colour", "red")), "UNKNOWN_ITEM", "colour"),
            "classified item" => (TestCatalogs.Record("bad", ("secret", "机密")), "UNKNOWN_ITEM", "secret"),
            "three fractional digits" => (TestCatalogs.Record("bad", ("amount", 1.005m)), "TYPE_MISMATCH", "amount"),
            "int given as string" => (TestCatalogs.Record("bad", ("count", "42")), "TYPE_MISMATCH", "count"),
            "local date-time" => (
                TestCatalogs.Record("bad", ("moment", new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Local))),
                "TYPE_MISMATCH",
                "moment"
            ),
            "missing key" => (new Dictionary<string, object?> { ["text"] = "no key" }, "KEY_REQUIRED", "code"),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "Unknown case."),
        };
}
