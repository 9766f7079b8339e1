using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Appends many records to one dataset table in one transaction, bypassing EF change tracking (docs/architecture.md,
/// "Bulk seeding"): on SQLite one prepared INSERT re-executed with parameters bound by position; on PostgreSQL a binary
/// <c>COPY … FROM STDIN</c>; on SQL Server (not run on these machines) EF batches as <see cref="DatasetRecordStore"/>.
/// Table, columns, store types and value conversions come from the dataset EF model. Every record is validated first
/// (<see cref="RecordValidator"/>); a bad record or a duplicate key stores nothing.
/// </summary>
/// <remarks>Every row is version 1 changed now (docs/architecture.md, "Record versions"); no history entry is written.</remarks>
public sealed class DatasetBulkWriter(DatasetContextFactory contexts, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private const int ProgressEvery = 1_000;

    /// <summary>The rows <paramref name="resource"/>'s table holds now.</summary>
    public async Task<long> CountAsync(DataCatalog catalog, CatalogResource resource, CancellationToken ct = default)
    {
        await using var context = contexts.Create(catalog);
        return await context.Rows(resource).LongCountAsync(ct);
    }

    /// <summary>Appends <paramref name="records"/> in one transaction; reports the rows written so far now and then; returns the
    /// count.</summary>
    /// <exception cref="RecordInvalidException">A record breaks the catalog; nothing is stored.</exception>
    /// <exception cref="DbException">The database refused a row (e.g. a duplicate key); nothing is stored.</exception>
    public async Task<long> AppendAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IEnumerable<IReadOnlyDictionary<string, object?>> records,
        IProgress<long>? progress = null,
        CancellationToken ct = default
    )
    {
        var validated = Validated(resource, records);
        switch (contexts.Provider)
        {
            case DatabaseProvider.Sqlite:
                return await SqliteAsync(catalog, resource, validated, progress, ct);
            case DatabaseProvider.PostgreSql:
                return await CopyAsync(catalog, resource, validated, progress, ct);
            default:
                var store = new DatasetRecordStore(contexts, _clock);
                var count = await store.InsertAsync(catalog, resource, validated, ct);
                progress?.Report(count);
                return count;
        }
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Validated(
        CatalogResource resource,
        IEnumerable<IReadOnlyDictionary<string, object?>> records
    )
    {
        foreach (var record in records)
        {
            var violations = RecordValidator.Validate(resource, record);
            if (violations.Count > 0)
            {
                throw new RecordInvalidException(violations);
            }

            yield return record;
        }
    }

    private async Task<long> SqliteAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IEnumerable<IReadOnlyDictionary<string, object?>> records,
        IProgress<long>? progress,
        CancellationToken ct
    )
    {
        await using var context = contexts.Create(catalog);
        var table = TableOf(context, resource, DatasetVersionsConfiguration.Now(_clock));
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using (var pragma = connection.CreateCommand())
        {
            // A large page cache keeps the indexes' pages in memory while a million random keys go in.
            pragma.CommandText = "PRAGMA cache_size = -262144;";
            await pragma.ExecuteNonQueryAsync(ct);
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        long count = 0;
        var db = connection.Handle!;
        var sql = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))});";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            foreach (var record in records)
            {
                ct.ThrowIfCancellationRequested();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    Check(db, SqliteValues.Bind(statement, c + 1, table.Columns[c].ToProvider(record)));
                }

                var done = raw.sqlite3_step(statement);
                Check(db, done == raw.SQLITE_DONE ? raw.SQLITE_OK : done);
                Check(db, raw.sqlite3_reset(statement));
                count = Advance(count, 1, progress);
            }
        }

        await tx.CommitAsync(ct);
        progress?.Report(count);
        return count;
    }

    /// <exception cref="SqliteException">The result code is not <c>SQLITE_OK</c>.</exception>
    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }

    private async Task<long> CopyAsync(
        DataCatalog catalog,
        CatalogResource resource,
        IEnumerable<IReadOnlyDictionary<string, object?>> records,
        IProgress<long>? progress,
        CancellationToken ct
    )
    {
        await using var context = contexts.Create(catalog);
        var table = TableOf(context, resource, DatasetVersionsConfiguration.Now(_clock));
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        long count = 0;
        await using (
            var writer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct)
        )
        {
            foreach (var record in records)
            {
                await writer.StartRowAsync(ct);
                foreach (var column in table.Columns)
                {
                    if (column.ToProvider(record) is { } value)
                    {
                        await writer.WriteAsync(value, column.StoreType, ct);
                    }
                    else
                    {
                        await writer.WriteNullAsync(ct);
                    }
                }

                count = Advance(count, 1, progress);
            }

            await writer.CompleteAsync(ct);
        }

        await tx.CommitAsync(ct);
        progress?.Report(count);
        return count;
    }

    private static long Advance(long count, int added, IProgress<long>? progress)
    {
        var next = count + added;
        if (progress is not null && next / ProgressEvery != count / ProgressEvery)
        {
            progress.Report(next);
        }

        return next;
    }

    /// <summary>The delimited table and column names, store types and converters of a resource's exposed items, from the
    /// model, then the bookkeeping columns version (1) and change time (<paramref name="now"/>).</summary>
    private static BulkTable TableOf(DatasetDbContext context, CatalogResource resource, DateTime now)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        var entity = context.Model.FindEntityType(DatasetNames.Entity(resource))
            ?? throw new InvalidOperationException($"The dataset model has no entity for {resource.ApiName}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = resource
            .Items.Where(i => i.IsExposed)
            .Select(i =>
            {
                var property = entity.FindProperty(i.ApiName)
                    ?? throw new InvalidOperationException($"The dataset model has no column for {resource.ApiName}.{i.ApiName}.");
                var mapping = property.GetRelationalTypeMapping();
                return new BulkColumn(
                    i.ApiName,
                    sql.DelimitIdentifier(property.GetColumnName(table)!),
                    mapping.StoreTypeNameBase,
                    property.GetValueConverter() ?? mapping.Converter
                );
            })
            .ToList();
        foreach (var (name, value) in new (string, object)[] { (DatasetNames.Version, 1), (DatasetNames.ChangedAt, now) })
        {
            var property = entity.FindProperty(name)!;
            var mapping = property.GetRelationalTypeMapping();
            columns.Add(
                new BulkColumn(
                    name,
                    sql.DelimitIdentifier(property.GetColumnName(table)!),
                    mapping.StoreTypeNameBase,
                    property.GetValueConverter() ?? mapping.Converter,
                    value
                )
            );
        }

        return new BulkTable(sql.DelimitIdentifier(table.Name, table.Schema), columns);
    }
}
