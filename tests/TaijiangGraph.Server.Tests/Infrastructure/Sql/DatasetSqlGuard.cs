using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Seeding;

namespace TaijiangGraph.Server.Tests.Infrastructure.Sql;

/// <summary>
/// An EF Core command interceptor registered in every test server (<see cref="TaijiangServerFactory"/>): it sees
/// every command on the dataset tables and records a violation when the SQL names a classified column (in any
/// command, including DDL and seeding), when a read has a <c>*</c> projection, when a read made for a caller selects
/// <c>_deleted_at</c> (it is compared, never returned), or when a read made for a caller names a column that caller may not
/// read (see <see cref="ReadableColumns"/>: row id, readable items, key, bookkeeping columns), by the sample grants and the
/// grants a test declares with <see cref="Allow"/> (e.g. one it had approved through the workflow). The
/// record writer's tagged read of the records it updates (<see cref="DatasetNames.WriteReadTag"/>) names whole rows and must
/// be made for the resource's provider.
/// The factory fails the test class if any violation was recorded.
/// </summary>
public sealed class DatasetSqlGuard(TimeProvider clock) : DbCommandInterceptor
{
    private readonly ConcurrentQueue<DatasetCommand> _commands = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<Grant> _grants = new();

    /// <summary>Every dataset command seen so far, in order.</summary>
    public IReadOnlyList<DatasetCommand> Commands => [.. _commands];

    public IReadOnlyList<string> Violations => [.. _violations];

    /// <summary>Counts <paramref name="grant"/> (stated by the test, independently of the server) beside the sample grants.</summary>
    public void Allow(Grant grant) => _grants.Enqueue(grant);

    /// <summary>The dataset reads (SELECT) a request sent with <see cref="CurrentRequest.TagHeader"/> = <paramref name="tag"/>
    /// made.</summary>
    public IReadOnlyList<DatasetCommand> ReadsOf(string tag) => _commands.Where(c => c.RequestTag == tag && c.IsSelect).ToList();

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Inspect(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Inspect(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result
    )
    {
        Inspect(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        Inspect(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Inspect(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Inspect(command, eventData);
        return ValueTask.FromResult(result);
    }

    /// <summary>Checks one statement issued in the current async flow (see <see cref="CurrentRequest"/>) on the tables of
    /// <paramref name="catalog"/>.</summary>
    public void Inspect(string sql, DataCatalog catalog)
    {
        var shape = SqlShape.Parse(sql);
        var resources = catalog.Resources.Where(r => shape.Tables.Contains(DatasetNames.Table(r))).ToList();
        if (resources.Count == 0)
        {
            return;
        }

        var caller = CurrentRequest.Principal;
        var recorded = new DatasetCommand(sql, shape, caller?.Department, CurrentRequest.Tag);
        _commands.Enqueue(recorded);
        foreach (var item in resources.SelectMany(r => r.Items).Where(i => !i.HasColumn && shape.NamesIdentifier(i.ApiName)))
        {
            Violate(recorded, $"names the classified column {item.ApiName}");
        }

        if (caller is not null && sql.StartsWith("-- " + DatasetNames.WriteReadTag, StringComparison.Ordinal))
        {
            // The record writer's read of the records it updates: whole rows, for their provider only (docs/data-in.md).
            foreach (var resource in resources.Where(r => !RecordWriteAccess.MayWrite(caller, r)))
            {
                Violate(recorded, $"reads {DatasetNames.Table(resource)} to write it for {caller.Department}, not its provider");
            }

            return;
        }

        if (!shape.IsSelect)
        {
            return;
        }

        if (shape.HasStarProjection)
        {
            Violate(recorded, "selects * from a dataset table");
        }

        if (caller is not null && shape.SelectList.Contains(DatasetNames.DeletedAt))
        {
            Violate(recorded, $"selects {DatasetNames.DeletedAt}, which a read compares and never returns");
        }

        if (caller is null)
        {
            if (CurrentRequest.Context is not null)
            {
                Violate(recorded, "reads a dataset table in a request without an authenticated caller");
            }

            return;
        }

        var now = clock.GetUtcNow();
        foreach (var resource in resources)
        {
            var allowed = ReadableColumns.For(caller, resource, now, [.. _grants]);
            foreach (var (_, column) in shape.Columns.Where(c => c.Table == DatasetNames.Table(resource) && !allowed.Contains(c.Column)))
            {
                Violate(recorded, $"names {DatasetNames.Table(resource)}.{column}, which {caller.Department} may not read");
            }
        }
    }

    private void Inspect(DbCommand command, CommandEventData eventData) =>
        Inspect(command.CommandText, (eventData.Context as DatasetDbContext)?.Spec.Catalog ?? SampleSeed.Load().Catalog);

    private void Violate(DatasetCommand command, string what) => _violations.Enqueue($"{what}: {command}");
}
