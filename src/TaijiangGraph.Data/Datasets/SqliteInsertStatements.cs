using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// The <see cref="DatasetInsertCommands"/> of SQLite: two statements prepared once on the session's connection (whose transaction
/// they join: SQLite's transaction is the connection's) and re-executed with values bound by position
/// (<see cref="SqliteValues"/>), as <see cref="DatasetBulkWriter"/> does, without Microsoft.Data.Sqlite's per-execution
/// binding by name.
/// </summary>
internal sealed class SqliteInsertStatements : DatasetInsertCommands
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly sqlite3_stmt _history;
    private readonly object?[] _insertValues;
    private readonly object?[] _historyValues;
    private byte[] _utf8 = new byte[1024];

    public SqliteInsertStatements(DbConnection connection, string insertSql, string historySql)
    {
        _db = ((SqliteConnection)connection).Handle!;
        Check(raw.sqlite3_prepare_v2(_db, insertSql, out _insert));
        Check(raw.sqlite3_prepare_v2(_db, historySql, out _history));
        _insertValues = new object?[raw.sqlite3_bind_parameter_count(_insert)];
        _historyValues = new object?[raw.sqlite3_bind_parameter_count(_history)];
    }

    public override Task<long?> InsertAsync(RecordPatch patch, DateTime now, CancellationToken ct)
    {
        InsertValues(patch, now, _insertValues);
        Bind(_insert, _insertValues);
        try
        {
            var step = raw.sqlite3_step(_insert);
            if (step == raw.SQLITE_DONE)
            {
                return Task.FromResult<long?>(null);
            }

            Check(step == raw.SQLITE_ROW ? raw.SQLITE_OK : step);
            var rowId = raw.sqlite3_column_int64(_insert, 0);
            step = raw.sqlite3_step(_insert);
            Check(step == raw.SQLITE_DONE ? raw.SQLITE_OK : step);
            return Task.FromResult<long?>(rowId);
        }
        finally
        {
            raw.sqlite3_reset(_insert);
        }
    }

    public override Task InsertedAsync(long rowId, DateTime now, string actor, string items, CancellationToken ct)
    {
        HistoryValues(rowId, now, actor, items, _historyValues);
        Bind(_history, _historyValues);
        try
        {
            var step = raw.sqlite3_step(_history);
            Check(step == raw.SQLITE_DONE ? raw.SQLITE_OK : step);
            return Task.CompletedTask;
        }
        finally
        {
            raw.sqlite3_reset(_history);
        }
    }

    public override void Dispose()
    {
        _insert.Dispose();
        _history.Dispose();
    }

    /// <inheritdoc />
    protected override object? Bindable(object? value) => value is DateTime moment ? SqliteValues.Text(moment) : value;

    /// <summary>Binds the values by position; text through one reused UTF-8 buffer (SQLite copies bound text).</summary>
    private void Bind(sqlite3_stmt statement, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is string text)
            {
                var max = Encoding.UTF8.GetMaxByteCount(text.Length);
                if (_utf8.Length < max)
                {
                    _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
                }

                var length = Encoding.UTF8.GetBytes(text, _utf8);
                Check(raw.sqlite3_bind_text(statement, i + 1, _utf8.AsSpan(0, length)));
            }
            else
            {
                Check(SqliteValues.Bind(statement, i + 1, values[i]));
            }
        }
    }

    /// <exception cref="SqliteException">The result code is not <c>SQLITE_OK</c>.</exception>
    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result, raw.sqlite3_extended_errcode(_db));
        }
    }
}
