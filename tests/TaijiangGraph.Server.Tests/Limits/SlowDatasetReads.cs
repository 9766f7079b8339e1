using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaijiangGraph.Server.Tests.Limits;

/// <summary>A slow database for requests: every read of a dataset table made for an HTTP request waits <paramref name="delay"/> (or until
/// cancelled) before it runs; seeding is not slowed.</summary>
public sealed class SlowDatasetReads(TimeSpan delay) : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        if (
            Infrastructure.Sql.CurrentRequest.Context is not null
            && command.CommandText.Contains("ds_", StringComparison.OrdinalIgnoreCase)
        )
        {
            await Task.Delay(delay, cancellationToken);
        }

        return result;
    }
}
