using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Data.Datasets;

/// <summary>Writes records into and reads columns out of the dataset tables of a catalog version.</summary>
/// <remarks>Every inserted row is version 1 changed now (docs/architecture.md, "Record versions"); no history entry is written:
/// versioned writes go through <see cref="DatasetRecordWriter"/>.</remarks>
public sealed class DatasetRecordStore(DatasetContextFactory contexts, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private const int BatchSize = 1000;

    /// <summary>Validates every record, then inserts all of them in one transaction; returns the count.</summary>
    /// <exception cref="RecordInvalidException">A record breaks the catalog; nothing is stored.</exception>
    public async Task<int> InsertAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IEnumerable<IReadOnlyDictionary<string, object?>> records,
        CancellationToken ct = default
    )
    {
        await using var context = contexts.Create(catalog);
        await using var tx = await context.Database.BeginTransactionAsync(ct);
        var set = context.Set<Dictionary<string, object>>(DatasetNames.Entity(resource));
        var columns = resource.Items.Where(i => i.IsExposed).Select(i => i.ApiName).ToArray();
        var count = 0;
        var now = DatasetVersionsConfiguration.Now(_clock);
        foreach (var record in records)
        {
            var violations = RecordValidator.Validate(resource, record);
            if (violations.Count > 0)
            {
                throw new RecordInvalidException(violations);
            }

            var row = new Dictionary<string, object>(columns.Length + 3) { [DatasetNames.Version] = 1, [DatasetNames.ChangedAt] = now };
            foreach (var column in columns)
            {
                row[column] = record.TryGetValue(column, out var value) ? value! : null!;
            }

            set.Add(row);
            if (++count % BatchSize == 0)
            {
                await context.SaveChangesAsync(ct);
                context.ChangeTracker.Clear();
            }
        }

        await context.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return count;
    }

    /// <summary>Reads the given columns of up to <paramref name="take"/> rows in row-id order; only those columns are selected.</summary>
    public async Task<IReadOnlyList<object?[]>> ReadAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IReadOnlyList<string> columns,
        int take,
        CancellationToken ct = default
    )
    {
        await using var context = contexts.Create(catalog);
        return await context
            .Rows(resource)
            .OrderBy(e => EF.Property<long>(e, DatasetNames.RowId))
            .Select(DatasetExpressions.Projection(resource, columns))
            .Take(take)
            .ToListAsync(ct);
    }
}
