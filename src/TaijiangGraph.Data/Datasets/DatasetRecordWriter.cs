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
/// (<see cref="DbUpdateConcurrencyException"/>) instead of losing a version or updating a record just deleted.
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
        var writable = Writable(resource, patches);
        var refusals = Repeated(patches);
        await using var context = contexts.Create(catalog);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var existing = await LoadAsync(context, resource, patches.Select(p => p.Key).Distinct().ToList(), ct);
        refusals.AddRange(
            patches
                .Select((p, i) => (p, i))
                .Where(x => existing.TryGetValue(x.p.Key, out var row) && row[DatasetNames.DeletedAt] is not null)
                .Select(x => new RecordWriteRefusal(x.i, ErrorCodes.RecordWrites.RecordDeleted))
        );
        if (refusals.Count > 0)
        {
            throw new RecordWriteRefusedException([.. refusals.OrderBy(r => r.Index)]);
        }

        var now = DatasetVersionsConfiguration.Now(clock);
        var rows = context.Set<Dictionary<string, object>>(DatasetNames.Entity(resource));
        var results = new RecordWriteResult[patches.Count];
        var inserted = new List<(Dictionary<string, object> Row, IReadOnlyList<string> Items)>();
        for (var i = 0; i < patches.Count; i++)
        {
            var patch = patches[i];
            var given = writable.Where(patch.Items.ContainsKey).ToList();
            if (existing.TryGetValue(patch.Key, out var row))
            {
                results[i] = Update(context, resource, row, patch, given, actor, now);
                continue;
            }

            row = new Dictionary<string, object>
            {
                [resource.Key.ApiName] = patch.Key,
                [DatasetNames.Version] = 1,
                [DatasetNames.ChangedAt] = now,
            };
            foreach (var item in writable)
            {
                row[item] = patch.Items.TryGetValue(item, out var value) ? value! : null!;
            }

            rows.Add(row);
            inserted.Add((row, given));
            results[i] = new RecordWriteResult(RecordWriteOutcome.Inserted, 1, given);
        }

        await context.SaveChangesAsync(ct);
        foreach (var (row, items) in inserted)
        {
            AddHistory(context, resource, (long)row[DatasetNames.RowId], 1, RecordChangeKind.Inserted, now, actor, items, null);
        }

        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return results;
    }

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

    private static RecordWriteResult Update(
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

    private static void AddHistory(
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
    /// <exception cref="ArgumentException">A patch names an item that is not writable.</exception>
    private static List<string> Writable(CatalogResource resource, IReadOnlyList<RecordPatch> patches)
    {
        var writable = resource.Items.Where(i => i.IsExposed && !i.IsKey).Select(i => i.ApiName).ToList();
        var unknown = patches.SelectMany(p => p.Items.Keys).Distinct().Where(k => !writable.Contains(k) && k != resource.Key.ApiName);
        foreach (var item in unknown)
        {
            throw new ArgumentException($"{resource.ApiName}.{item} is not a writable item; values are validated before writing.");
        }

        return writable;
    }

    /// <summary>A refusal for every patch whose key an earlier patch of the batch already gave.</summary>
    private static List<RecordWriteRefusal> Repeated(IReadOnlyList<RecordPatch> patches)
    {
        var seen = new HashSet<object>();
        return
        [
            .. patches
                .Select((p, i) => (p, i))
                .Where(x => !seen.Add(x.p.Key))
                .Select(x => new RecordWriteRefusal(x.i, ErrorCodes.RecordWrites.KeyRepeated)),
        ];
    }

    /// <summary>Whether a stored value equals a given one (date-times compared in UTC).</summary>
    private static bool Same(object? stored, object? given) =>
        (stored, given) switch
        {
            (null, null) => true,
            (DateTime a, DateTime b) => a.ToUniversalTime() == b.ToUniversalTime(),
            _ => Equals(stored, given),
        };

    /// <summary>The tracked records of the keys, by key.</summary>
    private static async Task<Dictionary<object, Dictionary<string, object>>> LoadAsync(
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
