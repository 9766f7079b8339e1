using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaijiangGraph.Data.Tests.Support;

/// <summary>
/// Asks the database for the plan of every reader command EF Core sends, with the command's own parameters, on its connection, and
/// records the plan's lines beside the SQL: on SQLite the detail lines of <c>EXPLAIN QUERY PLAN</c>, on PostgreSQL the lines of
/// <c>EXPLAIN (COSTS OFF)</c>.
/// </summary>
internal sealed class QueryPlanCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Sql, IReadOnlyList<string> Plan)> _plans = new();

    public IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)> Plans => [.. _plans];

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        var postgres = command.Connection is Npgsql.NpgsqlConnection;
        explain.CommandText = (postgres ? "EXPLAIN (COSTS OFF) " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.Value = parameter.Value;
            explain.Parameters.Add(copy);
        }

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                plan.Add(reader.GetString(postgres ? 0 : reader.GetOrdinal("detail")).Trim());
            }
        }

        _plans.Enqueue((command.CommandText, plan));
        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
