using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// A <see cref="IRecordWriteSession"/> of <see cref="DatasetRecordWriter"/>: one context and one transaction; every batch is read,
/// written and then detached from the change tracker, so memory holds one batch plus the keys seen (a key may be given once per
/// session). <see cref="Connection"/> and <see cref="Transaction"/> let other writes (the intake's governance events) join the
/// transaction.
/// </summary>
internal sealed class DatasetWriteSession : IRecordWriteSession
{
    private readonly DatasetDbContext _context;
    private readonly IDbContextTransaction _tx;
    private readonly CatalogResource _resource;
    private readonly string _actor;
    private readonly TimeProvider _clock;
    private readonly List<string> _items;
    private readonly HashSet<string> _writable;
    private readonly HashSet<object> _seen = [];
    private readonly DatasetInsertCommands? _inserts;
    private readonly long? _cacheSize;
    private List<string>? _lastGiven;
    private string? _lastNames;

    /// <summary>The SQLite page cache of a session, in KiB (as <c>PRAGMA cache_size</c> takes a negative number): large enough to
    /// keep the indexes' pages in memory while a million random keys go in, as for <see cref="DatasetBulkWriter"/>.</summary>
    private const long SessionCacheKiB = 262_144;

    private DatasetWriteSession(
        DatasetDbContext context,
        IDbContextTransaction tx,
        CatalogResource resource,
        string actor,
        TimeProvider clock,
        long? cacheSize
    )
    {
        _context = context;
        _cacheSize = cacheSize;
        _tx = tx;
        _resource = resource;
        _actor = actor;
        _clock = clock;
        _items = DatasetRecordWriter.Writable(resource);
        _writable = [.. _items];
        _context.ChangeTracker.AutoDetectChangesEnabled = false;
        _inserts = DatasetInsertCommands.Create(context, resource, tx.GetDbTransaction());
    }

    /// <summary>The session's open connection.</summary>
    public DbConnection Connection => _context.Database.GetDbConnection();

    /// <summary>The session's transaction.</summary>
    public DbTransaction Transaction => _tx.GetDbTransaction();

    public static async Task<DatasetWriteSession> OpenAsync(
        DatasetContextFactory contexts,
        DataCatalog catalog,
        CatalogResource resource,
        string actor,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var context = contexts.Create(catalog);
        try
        {
            long? cacheSize = null;
            if (context.Spec.Provider == Storage.DatabaseProvider.Sqlite)
            {
                await context.Database.OpenConnectionAsync(ct);
                cacheSize = await PragmaAsync(context, "PRAGMA cache_size;", ct);
                await PragmaAsync(context, $"PRAGMA cache_size = -{SessionCacheKiB};", ct);
            }

            var tx = await context.Database.BeginTransactionAsync(ct);
            return new DatasetWriteSession(context, tx, resource, actor, clock, cacheSize);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A patch names an item that is not writable (values are validated before writing).</exception>
    public async Task<RecordBatchResult> WriteAsync(IReadOnlyList<RecordPatch> patches, CancellationToken ct = default)
    {
        foreach (var patch in patches)
        {
            foreach (var item in patch.Items.Keys)
            {
                if (!_writable.Contains(item) && item != _resource.Key.ApiName)
                {
                    throw new ArgumentException($"{_resource.ApiName}.{item} is not a writable item; values are validated before writing.");
                }
            }
        }

        var refusals = new List<RecordWriteRefusal>();
        var accepted = new List<int>(patches.Count);
        for (var i = 0; i < patches.Count; i++)
        {
            if (_seen.Add(patches[i].Key))
            {
                accepted.Add(i);
            }
            else
            {
                refusals.Add(new RecordWriteRefusal(i, ErrorCodes.RecordWrites.KeyRepeated));
            }
        }

        var results = new RecordWriteResult?[patches.Count];
        var now = DatasetVersionsConfiguration.Now(_clock);
        if (_inserts is not null)
        {
            accepted = await InsertNewAsync(patches, accepted, results, now, ct);
        }

        if (accepted.Count > 0)
        {
            await WriteTrackedAsync(patches, accepted, results, refusals, now, ct);
        }

        return new RecordBatchResult(results, [.. refusals.OrderBy(r => r.Index)]);
    }

    /// <summary>Inserts the patches of new keys through the prepared commands; returns the indexes of the keys that exist.</summary>
    private async Task<List<int>> InsertNewAsync(
        IReadOnlyList<RecordPatch> patches,
        List<int> accepted,
        RecordWriteResult?[] results,
        DateTime now,
        CancellationToken ct
    )
    {
        var existing = new List<int>();
        foreach (var i in accepted)
        {
            var patch = patches[i];
            if (await _inserts!.InsertAsync(patch, now, ct) is not { } rowId)
            {
                existing.Add(i);
                continue;
            }

            var given = _items.Where(patch.Items.ContainsKey).ToList();
            await _inserts.InsertedAsync(rowId, now, _actor, Names(given), ct);
            results[i] = new RecordWriteResult(RecordWriteOutcome.Inserted, 1, given);
        }

        return existing;
    }

    /// <summary>Writes the patches through EF: updates of existing keys (refusing deleted ones) and, where the prepared inserts
    /// are not used, inserts.</summary>
    private async Task WriteTrackedAsync(
        IReadOnlyList<RecordPatch> patches,
        List<int> accepted,
        RecordWriteResult?[] results,
        List<RecordWriteRefusal> refusals,
        DateTime now,
        CancellationToken ct
    )
    {
        var existing = await DatasetRecordWriter.LoadAsync(_context, _resource, [.. accepted.Select(i => patches[i].Key)], ct);
        var rows = _context.Set<Dictionary<string, object>>(DatasetNames.Entity(_resource));
        var inserted = new List<(Dictionary<string, object> Row, IReadOnlyList<string> Items)>();
        foreach (var i in accepted)
        {
            var patch = patches[i];
            var given = _items.Where(patch.Items.ContainsKey).ToList();
            if (existing.TryGetValue(patch.Key, out var row))
            {
                if (row[DatasetNames.DeletedAt] is not null)
                {
                    refusals.Add(new RecordWriteRefusal(i, ErrorCodes.RecordWrites.RecordDeleted));
                    continue;
                }

                results[i] = DatasetRecordWriter.Update(_context, _resource, row, patch, given, _actor, now);
                continue;
            }

            row = new Dictionary<string, object>
            {
                [_resource.Key.ApiName] = patch.Key,
                [DatasetNames.Version] = 1,
                [DatasetNames.ChangedAt] = now,
            };
            foreach (var item in _items)
            {
                row[item] = patch.Items.TryGetValue(item, out var value) ? value! : null!;
            }

            rows.Add(row);
            inserted.Add((row, given));
            results[i] = new RecordWriteResult(RecordWriteOutcome.Inserted, 1, given);
        }

        _context.ChangeTracker.DetectChanges();
        await _context.SaveChangesAsync(ct);
        foreach (var (row, items) in inserted)
        {
            var rowId = (long)row[DatasetNames.RowId];
            DatasetRecordWriter.AddHistory(_context, _resource, rowId, 1, RecordChangeKind.Inserted, now, _actor, items, null);
        }

        _context.ChangeTracker.DetectChanges();
        await _context.SaveChangesAsync(ct);
        _context.ChangeTracker.Clear();
    }

    /// <summary>The JSON of the item names, reused while records give the same items (an import's rows all do).</summary>
    private string Names(List<string> given)
    {
        if (_lastGiven is null || !_lastGiven.SequenceEqual(given))
        {
            (_lastGiven, _lastNames) = (given, RecordValuesJson.Names(given));
        }

        return _lastNames!;
    }

    /// <inheritdoc />
    public Task CommitAsync(CancellationToken ct = default) => _tx.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        _inserts?.Dispose();
        _context.ChangeTracker.AutoDetectChangesEnabled = true;
        await _tx.DisposeAsync();
        if (_cacheSize is { } size)
        {
            // The connection goes back to the pool: it keeps its usual cache.
            await PragmaAsync(_context, $"PRAGMA cache_size = {size};", CancellationToken.None);
        }

        await _context.DisposeAsync();
    }

    private static async Task<long?> PragmaAsync(DatasetDbContext context, string sql, CancellationToken ct)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct) is long value ? value : null;
    }
}
