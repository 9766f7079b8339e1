using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// Appends on SQLite with three statements prepared once for the appender's connection and run once per row inside
/// <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>; a record's id comes back through <c>RETURNING</c>. The connection keeps the
/// trail's settings (WAL, the driver's default <c>synchronous</c>): a batch is durable when <c>COMMIT</c> returns.
/// </summary>
internal sealed class SqliteAuditAppender : AuditAppender
{
    private readonly SqliteConnection _connection;
    private readonly AuditInserts _inserts;
    private readonly SqliteCommand _record;
    private readonly SqliteCommand _key;
    private readonly SqliteCommand _checkpoint;

    public SqliteAuditAppender(AuditDbContext db)
        : base(db)
    {
        _connection = (SqliteConnection)db.Database.GetDbConnection();
        _inserts = new AuditInserts(db);
        var timeout = db.Database.GetCommandTimeout() ?? _connection.DefaultTimeout;
        SqliteCommand Prepare(string sql, Action<SqliteCommand> parameters)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = timeout;
            parameters(command);
            command.Prepare();
            return command;
        }

        _record = Prepare(_inserts.Record.Sql, c => _inserts.Record.AddParameters(c, c.Parameters));
        _key = Prepare(_inserts.Key.Sql, c => _inserts.Key.AddParameters(c, c.Parameters));
        _checkpoint = Prepare(_inserts.Checkpoint.Sql, c => _inserts.Checkpoint.AddParameters(c, c.Parameters));
    }

    public override Task AppendAsync(IReadOnlyList<ChainedAuditRecord> batch, DateTimeOffset now, CancellationToken ct)
    {
        // Microsoft.Data.Sqlite runs synchronously anyway; the writer calls this from its own loop.
        ct.ThrowIfCancellationRequested();
        using var tx = _connection.BeginTransaction(deferred: false);
        (_record.Transaction, _key.Transaction, _checkpoint.Transaction) = (tx, tx, tx);
        foreach (var row in batch.Select(AuditRowMapping.ToRow))
        {
            _inserts.Record.SetValues(_record.Parameters, row);
            var id = (long)_record.ExecuteScalar()!;
            foreach (var key in row.Keys)
            {
                key.RecordId = id;
                _inserts.Key.SetValues(_key.Parameters, key);
                _key.ExecuteNonQuery();
            }
        }

        foreach (var checkpoint in Checkpoints(batch, now))
        {
            _inserts.Checkpoint.SetValues(_checkpoint.Parameters, checkpoint);
            _checkpoint.ExecuteNonQuery();
        }

        tx.Commit();
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await _record.DisposeAsync();
        await _key.DisposeAsync();
        await _checkpoint.DisposeAsync();
        await base.DisposeAsync();
    }
}
