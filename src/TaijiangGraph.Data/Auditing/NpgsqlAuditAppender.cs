using Microsoft.EntityFrameworkCore;
using Npgsql;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// Appends on PostgreSQL in two round trips per batch inside one transaction: an <see cref="NpgsqlBatch"/> of one prepared
/// <c>INSERT … RETURNING id</c> per record, then one batch of the key rows (with those ids) and checkpoints. Prepared statements
/// stay on the appender's connection, so after the first batch the statements are only bound and executed.
/// </summary>
internal sealed class NpgsqlAuditAppender : AuditAppender
{
    private readonly NpgsqlConnection _connection;
    private readonly AuditInserts _inserts;
    private readonly NpgsqlCommand _parameters;
    private readonly int _timeout;

    public NpgsqlAuditAppender(AuditDbContext db)
        : base(db)
    {
        _connection = (NpgsqlConnection)db.Database.GetDbConnection();
        _inserts = new AuditInserts(db);
        _parameters = _connection.CreateCommand();
        _timeout = db.Database.GetCommandTimeout() ?? _connection.CommandTimeout;
    }

    public override async Task AppendAsync(IReadOnlyList<ChainedAuditRecord> batch, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await _connection.BeginTransactionAsync(ct);
        var rows = batch.Select(AuditRowMapping.ToRow).ToList();
        await using (var records = Batch(tx))
        {
            foreach (var row in rows)
            {
                Add(records, _inserts.Record, row);
            }

            await records.PrepareAsync(ct);
            await using var reader = await records.ExecuteReaderAsync(ct);
            foreach (var row in rows)
            {
                if (!await reader.ReadAsync(ct))
                {
                    throw new InvalidOperationException("An audit record insert returned no id.");
                }

                var id = reader.GetInt64(0);
                row.Keys.ForEach(k => k.RecordId = id);
                await reader.NextResultAsync(ct);
            }
        }

        await using (var rest = Batch(tx))
        {
            foreach (var key in rows.SelectMany(r => r.Keys))
            {
                Add(rest, _inserts.Key, key);
            }

            foreach (var checkpoint in Checkpoints(batch, now))
            {
                Add(rest, _inserts.Checkpoint, checkpoint);
            }

            if (rest.BatchCommands.Count > 0)
            {
                await rest.PrepareAsync(ct);
                await rest.ExecuteNonQueryAsync(ct);
            }
        }

        await tx.CommitAsync(ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await _parameters.DisposeAsync();
        await base.DisposeAsync();
    }

    private NpgsqlBatch Batch(NpgsqlTransaction tx) => new(_connection, tx) { Timeout = _timeout };

    private void Add<TRow>(NpgsqlBatch batch, ModelRowInsert<TRow> insert, TRow row)
        where TRow : class
    {
        var command = new NpgsqlBatchCommand(insert.Sql);
        insert.AddParameters(_parameters, command.Parameters);
        insert.SetValues(command.Parameters, row);
        batch.BatchCommands.Add(command);
    }
}
