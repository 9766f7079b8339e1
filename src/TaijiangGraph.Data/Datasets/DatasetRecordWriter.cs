using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Writes records with versions through the dataset EF model (docs/architecture.md, "Record versions"): parameterised SQL, values
/// converted by the model's converters, one transaction per call. An update or deletion carries the version and deletion time it
/// read as concurrency tokens, so a concurrent write or deletion of the same record fails the call
/// (<see cref="DbUpdateConcurrencyException"/>) instead of losing a version or updating a record just deleted. Many batches share one
/// transaction through a session (<see cref="DatasetWriteSession"/>).
/// </summary>
internal sealed class DatasetRecordWriter(DatasetContextFactory contexts, TimeProvider clock) : IDatasetRecordWriter
{
    /// <summary>Keys per <c>IN</c> list when the batch's existing records are read.</summary>
    private const int KeysPerRead = 500;

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordWriteResult>> UpsertAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IReadOnlyList<RecordPatch> patches,
        string actor,
        CancellationToken ct = default
    )
    {
        await using var session = await OpenAsync(catalog, resource, actor, ct);
        var batch = await session.WriteAsync(patches, ct);
        if (batch.Refusals.Count > 0)
        {
            throw new RecordWriteRefusedException(batch.Refusals);
        }

        await session.CommitAsync(ct);
        return [.. batch.Results.Select(r => r!)];
    }

    /// <inheritdoc />
    public async Task<IRecordWriteSession> OpenSessionAsync(
        DataCatalog catalog,
        CatalogResource resource,
        string actor,
        CancellationToken ct = default
    ) => await OpenAsync(catalog, resource, actor, ct);

    /// <summary>A session whose connection and transaction other writes may join (<see cref="DatasetWriteSession"/>).</summary>
    internal Task<DatasetWriteSession> OpenAsync(DataCatalog catalog, CatalogResource resource, string actor, CancellationToken ct) =>
        DatasetWriteSession.OpenAsync(contexts, catalog, resource, actor, clock, ct);

    /// <inheritdoc />
    public async Task MarkDeletedAsync(
        DataCatalog catalog,
        CatalogResource resource,
        object key,
        string actor,
        CancellationToken ct = default
    )
    {
        // Only the bookkeeping columns are read and written, and the deletion time is compared, never selected: a deletion the
        // bureau approves names no item column in its SQL.
        await using var context = contexts.Create(catalog);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var row = await context
            .Rows(resource)
            .Where(KeyIn(resource, [key]))
            .Where(e => EF.Property<DateTime?>(e, DatasetNames.DeletedAt) == null)
            .Select(e => new { RowId = EF.Property<long>(e, DatasetNames.RowId), Version = EF.Property<int>(e, DatasetNames.Version) })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            if (await context.Rows(resource).Where(KeyIn(resource, [key])).AnyAsync(ct))
            {
                return; // deleted already
            }

            throw new RecordWriteRefusedException([new RecordWriteRefusal(0, ErrorCodes.RecordWrites.RecordNotFound)]);
        }

        var now = DatasetVersionsConfiguration.Now(clock);
        var marked = await context
            .Rows(resource)
            .Where(e =>
                EF.Property<long>(e, DatasetNames.RowId) == row.RowId
                && EF.Property<int>(e, DatasetNames.Version) == row.Version
                && EF.Property<DateTime?>(e, DatasetNames.DeletedAt) == null
            )
            .ExecuteUpdateAsync(
                set =>
                    set.SetProperty(e => EF.Property<DateTime?>(e, DatasetNames.DeletedAt), now)
                        .SetProperty(e => EF.Property<DateTime>(e, DatasetNames.ChangedAt), now),
                ct
            );
        if (marked == 0)
        {
            throw new DbUpdateConcurrencyException($"A record of {resource.ApiName} changed while its deletion was written.");
        }

        AddHistory(context, resource, row.RowId, row.Version, RecordChangeKind.Deleted, now, actor, [], null);
        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordHistoryEntry>> HistoryAsync(
        DataCatalog catalog,
        CatalogResource resource,
        object key,
        CancellationToken ct = default
    )
    {
        await using var context = contexts.Create(catalog);
        var rowIds = context.Rows(resource).Where(KeyIn(resource, [key])).Select(e => EF.Property<long>(e, DatasetNames.RowId));
        var entries = await context
            .History(resource)
            .AsNoTracking()
            .Where(h => rowIds.Contains(EF.Property<long>(h, DatasetHistoryColumns.RowId)))
            .OrderBy(h => EF.Property<long>(h, DatasetHistoryColumns.Id))
            .Select(h => new
            {
                Version = EF.Property<int>(h, DatasetHistoryColumns.Version),
                Kind = EF.Property<string>(h, DatasetHistoryColumns.Kind),
                ChangedAt = EF.Property<DateTime>(h, DatasetHistoryColumns.ChangedAt),
                Actor = EF.Property<string>(h, DatasetHistoryColumns.Actor),
                Items = EF.Property<string>(h, DatasetHistoryColumns.Items),
                Previous = EF.Property<string?>(h, DatasetHistoryColumns.Previous),
            })
            .ToListAsync(ct);
        return
        [
            .. entries.Select(e => new RecordHistoryEntry(
                e.Version,
                Enum.Parse<RecordChangeKind>(e.Kind),
                new DateTimeOffset(DateTime.SpecifyKind(e.ChangedAt, DateTimeKind.Utc)),
                e.Actor,
                RecordValuesJson.ParseNames(e.Items),
                e.Previous
            )),
        ];
    }

    internal static RecordWriteResult Update(
        DatasetDbContext context,
        CatalogResource resource,
        Dictionary<string, object> row,
        RecordPatch patch,
        IReadOnlyList<string> given,
        string actor,
        DateTime now
    )
    {
        var version = (int)row[DatasetNames.Version];
        var changed = given.Where(item => !Same(row[item], patch.Items[item])).ToList();
        if (changed.Count == 0)
        {
            return new RecordWriteResult(RecordWriteOutcome.Unchanged, version, []);
        }

        var previous = RecordValuesJson.Values(changed.Select(item => KeyValuePair.Create(item, (object?)row[item])));
        foreach (var item in changed)
        {
            row[item] = patch.Items[item]!;
        }

        row[DatasetNames.Version] = version + 1;
        row[DatasetNames.ChangedAt] = now;
        AddHistory(context, resource, (long)row[DatasetNames.RowId], version + 1, RecordChangeKind.Updated, now, actor, changed, previous);
        return new RecordWriteResult(RecordWriteOutcome.Updated, version + 1, changed);
    }

    internal static void AddHistory(
        DatasetDbContext context,
        CatalogResource resource,
        long rowId,
        int version,
        RecordChangeKind kind,
        DateTime now,
        string actor,
        IReadOnlyList<string> items,
        string? previous
    ) =>
        context
            .Set<Dictionary<string, object>>(DatasetNames.HistoryEntity(resource))
            .Add(
                new Dictionary<string, object>
                {
                    [DatasetHistoryColumns.RowId] = rowId,
                    [DatasetHistoryColumns.Version] = version,
                    [DatasetHistoryColumns.Kind] = kind.ToString(),
                    [DatasetHistoryColumns.ChangedAt] = now,
                    [DatasetHistoryColumns.Actor] = actor,
                    [DatasetHistoryColumns.Items] = RecordValuesJson.Names(items),
                    [DatasetHistoryColumns.Previous] = previous!,
                }
            );

    /// <summary>The items a patch may set, in catalog order: exposed, not the key (the key is the patch's own).</summary>
    internal static List<string> Writable(CatalogResource resource) =>
        [.. resource.Items.Where(i => i.IsExposed && !i.IsKey).Select(i => i.ApiName)];

    /// <summary>Whether a stored value equals a given one (date-times compared in UTC).</summary>
    private static bool Same(object? stored, object? given) =>
        (stored, given) switch
        {
            (null, null) => true,
            (DateTime a, DateTime b) => a.ToUniversalTime() == b.ToUniversalTime(),
            _ => Equals(stored, given),
        };

    /// <summary>The tracked records of the keys, by key.</summary>
    internal static async Task<Dictionary<object, Dictionary<string, object>>> LoadAsync(
        DatasetDbContext context,
        CatalogResource resource,
        IReadOnlyList<object> keys,
        CancellationToken ct
    )
    {
        var rows = new Dictionary<object, Dictionary<string, object>>();
        foreach (var chunk in keys.Chunk(KeysPerRead))
        {
            var found = await context
                .Set<Dictionary<string, object>>(DatasetNames.Entity(resource))
                .TagWith(DatasetNames.WriteReadTag)
                .AsTracking()
                .Where(KeyIn(resource, chunk))
                .ToListAsync(ct);
            foreach (var row in found)
            {
                rows[row[resource.Key.ApiName]] = row;
            }
        }

        return rows;
    }

    private static Expression<Func<Dictionary<string, object>, bool>> KeyIn(CatalogResource resource, IEnumerable<object> keys)
    {
        var column = DatasetExpressions.Column(resource, resource.Key.ApiName);
        var (list, contains) = DatasetMethods.ListOf(column.Type, keys);
        var parameter = DatasetExpressions.Parameter(list, list.GetType());
        return Expression.Lambda<Func<Dictionary<string, object>, bool>>(
            Expression.Call(parameter, contains, column),
            DatasetExpressions.Row
        );
    }
}
