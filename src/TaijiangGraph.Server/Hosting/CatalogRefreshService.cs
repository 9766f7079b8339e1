using Microsoft.Extensions.Options;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Data.Governance;

namespace TaijiangGraph.Server.Hosting;

/// <summary>
/// Picks up changes made by other instances sharing the database: every <c>Catalog:RefreshSeconds</c> (default 15; 0 turns it
/// off) it builds a newer published catalog version off to the side and swaps it in, and drops the cached grants when the
/// governance database's stamp moved (<see cref="GovernanceStore.RefreshGrantsAsync"/>; docs/architecture.md, Grants and
/// decisions cached per department). A version it cannot build is logged (error, with the version) and leaves the served version
/// in place; the next tick tries again. No failure stops the host.
/// </summary>
internal sealed class CatalogRefreshService(
    GovernanceStore store,
    CatalogState state,
    IOptions<CatalogRefreshOptions> options,
    TimeProvider clock,
    ILogger<CatalogRefreshService> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.RefreshSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshGrantsAsync(stoppingToken);
            await RefreshCatalogAsync(stoppingToken);
        }
    }

    private async Task RefreshGrantsAsync(CancellationToken ct)
    {
        try
        {
            if (await store.RefreshGrantsAsync(ct))
            {
                logger.LogDebug("The governance database changed: cached grants dropped.");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Grant refresh failed: {Error}", e.GetType().Name);
        }
    }

    private async Task RefreshCatalogAsync(CancellationToken ct)
    {
        try
        {
            var latest = await store.LoadPublishedCatalogAsync(ct);
            if (latest is not null && state.IsLoaded && latest.Version > state.Current.Version && state.Set(state.Build(latest)))
            {
                logger.LogInformation("Catalog version {Version} published elsewhere is now served.", latest.Version);
            }
        }
        catch (CatalogBuildFailedException)
        {
            // Logged by CatalogState (error, with the version); the served version stays and the next tick tries again.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Catalog refresh failed: {Error}", e.GetType().Name);
        }
    }
}
