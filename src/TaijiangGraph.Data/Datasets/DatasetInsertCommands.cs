using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// The insert path of a write session on SQLite and PostgreSQL (docs/data-in.md, "The record intake"): two parameterised statements
/// on the session's connection and transaction, re-executed per record without EF change tracking. A new key is inserted as
/// version 1 with <c>INSERT … ON CONFLICT (key) DO NOTHING RETURNING row_id</c>, so an existing key inserts nothing and returns no
/// row (the session then updates it through EF); its history entry follows. Table, column names and value converters come from the
/// dataset EF model, as for <see cref="DatasetBulkWriter"/>. On SQLite the statements are prepared once and bound by position
/// (<see cref="SqliteInsertStatements"/>), on PostgreSQL they are ADO.NET commands (<see cref="AdoInsertCommands"/>).
/// </summary>
internal abstract class DatasetInsertCommands : IDisposable
{
    /// <summary>The insert's columns: the key, the writable items in catalog order, then version and change time.</summary>
    protected IReadOnlyList<BulkColumn> Columns { get; private set; } = [];

    private DateTime? _now;
    private object? _nowBound;

    /// <summary>The commands for <paramref name="resource"/> on the context's open connection and current transaction; null on a
    /// provider without <c>ON CONFLICT</c> (SQL Server: the session inserts through EF there).</summary>
    public static DatasetInsertCommands? Create(DatasetDbContext context, CatalogResource resource, DbTransaction transaction)
    {
        if (context.Spec.Provider is not (DatabaseProvider.Sqlite or DatabaseProvider.PostgreSql))
        {
            return null;
        }

        var sql = context.GetService<ISqlGenerationHelper>();
        var entity = context.Model.FindEntityType(DatasetNames.Entity(resource))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var items = new List<string> { resource.Key.ApiName };
        items.AddRange(DatasetRecordWriter.Writable(resource));
        items.Add(DatasetNames.Version);
        items.Add(DatasetNames.ChangedAt);
        var columns = items.Select(i => Column(sql, entity, table, i)).ToList();
        var rowId = Column(sql, entity, table, DatasetNames.RowId);
        var insertSql =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => c.Name))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))}) "
            + $"ON CONFLICT ({columns[0].Name}) DO NOTHING RETURNING {rowId.Name}";
        var historyEntity = context.Model.FindEntityType(DatasetNames.HistoryEntity(resource))!;
        var historyTable = StoreObjectIdentifier.Table(historyEntity.GetTableName()!, historyEntity.GetSchema());
        string[] names =
        [
            DatasetHistoryColumns.RowId,
            DatasetHistoryColumns.Version,
            DatasetHistoryColumns.Kind,
            DatasetHistoryColumns.ChangedAt,
            DatasetHistoryColumns.Actor,
            DatasetHistoryColumns.Items,
            DatasetHistoryColumns.Previous,
        ];
        var historyColumns = names.Select(n => Column(sql, historyEntity, historyTable, n)).ToList();
        var historySql =
            $"INSERT INTO {sql.DelimitIdentifier(historyTable.Name, historyTable.Schema)} "
            + $"({string.Join(", ", historyColumns.Select(c => c.Name))}) "
            + $"VALUES ({string.Join(", ", historyColumns.Select((_, i) => "@p" + i))})";
        var connection = context.Database.GetDbConnection();
        DatasetInsertCommands commands =
            context.Spec.Provider == DatabaseProvider.Sqlite
                ? new SqliteInsertStatements(connection, insertSql, historySql)
                : new AdoInsertCommands(connection, transaction, (insertSql, columns.Count), (historySql, names.Length));
        commands.Columns = columns;
        return commands;
    }

    /// <summary>Inserts the patch's record as version 1 changed at <paramref name="now"/> (items not given null); returns its row id,
    /// or null when a record has the key already (nothing written).</summary>
    public abstract Task<long?> InsertAsync(RecordPatch patch, DateTime now, CancellationToken ct);

    /// <summary>Writes the <see cref="RecordChangeKind.Inserted"/> history entry of a row inserted by <see cref="InsertAsync"/>.</summary>
    public abstract Task InsertedAsync(long rowId, DateTime now, string actor, string items, CancellationToken ct);

    public abstract void Dispose();

    /// <summary>The insert's provider values for <paramref name="patch"/>, in <see cref="Columns"/> order.</summary>
    protected void InsertValues(RecordPatch patch, DateTime now, object?[] values)
    {
        var columns = Columns;
        values[0] = columns[0].Converter is { } key ? key.ConvertToProvider(patch.Key) : patch.Key;
        var items = columns.Count - 2;
        for (var c = 1; c < items; c++)
        {
            values[c] = columns[c].ToProvider(patch.Items);
        }

        values[items] = columns[items].Converter is { } v ? v.ConvertToProvider(1) : 1;
        values[items + 1] = Now(now);
    }

    /// <summary>How the provider binds a value after the model's converter (the SQLite statements bind date-times as text).</summary>
    protected virtual object? Bindable(object? value) => value;

    /// <summary>The bound change time of <paramref name="now"/>, converted once per batch rather than once per row.</summary>
    private object? Now(DateTime now)
    {
        if (_now != now)
        {
            var column = Columns[^1];
            (_now, _nowBound) = (now, Bindable(column.Converter is { } t ? t.ConvertToProvider(now) : now));
        }

        return _nowBound;
    }

    /// <summary>The history insert's provider values of an <see cref="RecordChangeKind.Inserted"/> entry.</summary>
    protected void HistoryValues(long rowId, DateTime now, string actor, string items, object?[] values)
    {
        values[0] = rowId;
        values[1] = 1;
        values[2] = nameof(RecordChangeKind.Inserted);
        values[3] = Now(now);
        values[4] = actor;
        values[5] = items;
        values[6] = null;
    }

    private static BulkColumn Column(ISqlGenerationHelper sql, IEntityType entity, StoreObjectIdentifier table, string name)
    {
        var property = entity.FindProperty(name)
            ?? throw new InvalidOperationException($"The dataset model has no column {entity.Name}.{name}.");
        var mapping = property.GetRelationalTypeMapping();
        return new BulkColumn(
            name,
            sql.DelimitIdentifier(property.GetColumnName(table)!),
            mapping.StoreTypeNameBase,
            property.GetValueConverter() ?? mapping.Converter
        );
    }
}
