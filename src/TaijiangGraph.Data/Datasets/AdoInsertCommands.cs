using System.Data.Common;
using System.Globalization;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Datasets;

/// <summary>The <see cref="DatasetInsertCommands"/> of PostgreSQL: two ADO.NET commands on the session's connection and
/// transaction, their parameters set per record.</summary>
internal sealed class AdoInsertCommands : DatasetInsertCommands
{
    private readonly DbCommand _insert;
    private readonly DbCommand _history;
    private readonly object?[] _insertValues;
    private readonly object?[] _historyValues;

    public AdoInsertCommands(
        DbConnection connection,
        DbTransaction transaction,
        (string Sql, int Count) insert,
        (string Sql, int Count) history
    )
    {
        _insert = Command(connection, transaction, insert.Sql, insert.Count);
        _history = Command(connection, transaction, history.Sql, history.Count);
        _insertValues = new object?[insert.Count];
        _historyValues = new object?[history.Count];
    }

    public override async Task<long?> InsertAsync(RecordPatch patch, DateTime now, CancellationToken ct)
    {
        InsertValues(patch, now, _insertValues);
        Set(_insert, _insertValues);
        var rowId = await _insert.ExecuteScalarAsync(ct);
        return rowId is null or DBNull ? null : Convert.ToInt64(rowId, CultureInfo.InvariantCulture);
    }

    public override async Task InsertedAsync(long rowId, DateTime now, string actor, string items, CancellationToken ct)
    {
        HistoryValues(rowId, now, actor, items, _historyValues);
        Set(_history, _historyValues);
        await _history.ExecuteNonQueryAsync(ct);
    }

    public override void Dispose()
    {
        _insert.Dispose();
        _history.Dispose();
    }

    private static void Set(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
