using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Paging;

/// <summary>
/// Walks a <c>kind_sample</c> table page by page with <see cref="DatasetReader.PageAsync"/>, continuing each
/// page after the keyset position of the previous page's last row, as a client following cursors would.
/// </summary>
internal sealed class KeysetWalker
{
    private const int MaxPages = 200;

    private readonly DatasetReader _reader;
    private readonly DatasetRecordStore _store;

    private KeysetWalker(DatasetContextFactory contexts)
    {
        _reader = new DatasetReader(contexts);
        _store = new DatasetRecordStore(contexts);
    }

    private static DataCatalog Catalog => TestCatalogs.AllKinds;

    private static CatalogResource Resource => TestCatalogs.KindSample;

    /// <summary>Creates the tables on <paramref name="db"/> and inserts <see cref="PagingData.Records"/>.</summary>
    public static async Task<KeysetWalker> SeedAsync(TestDatabase db)
    {
        var contexts = new DatasetContextFactory(db.Options);
        await new DatasetMigrator(contexts).MigrateAsync(null, Catalog);
        var walker = new KeysetWalker(contexts);
        await walker.InsertAsync(PagingData.Records());
        return walker;
    }

    public Task InsertAsync(IEnumerable<IReadOnlyDictionary<string, object?>> records) => _store.InsertAsync(Catalog, Resource, records);

    /// <summary>Every row with every column, in row-id order (one read).</summary>
    public async Task<IReadOnlyList<DatasetRow>> AllAsync() =>
        await _reader.PageAsync(Catalog, new DatasetQuery(Resource, PagingData.Columns, null, [], null, 10_000));

    /// <summary>
    /// All pages of <paramref name="take"/> rows in <paramref name="order"/>; after each page,
    /// <paramref name="afterPage"/> (when given) sees the page number and the last row read.
    /// </summary>
    public async Task<IReadOnlyList<DatasetRow>> WalkAsync(
        IReadOnlyList<SortKey> order,
        int take,
        Func<int, DatasetRow, Task>? afterPage = null
    )
    {
        var walked = new List<DatasetRow>();
        KeysetPosition? position = null;
        for (var page = 1; page <= MaxPages; page++)
        {
            var rows = await _reader.PageAsync(Catalog, new DatasetQuery(Resource, ["code"], null, order, position, take));
            Assert.True(rows.Count <= take, $"Page {page} holds {rows.Count} rows, more than {take}.");
            if (rows.Count == 0)
            {
                return walked;
            }

            walked.AddRange(rows);
            var last = rows[^1];
            position = new KeysetPosition(order.Select(k => last[k.Item]).ToList(), last.RowId);
            if (afterPage is not null)
            {
                await afterPage(page, last);
            }
        }

        throw new InvalidOperationException($"The walk did not end within {MaxPages} pages.");
    }
}
