using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Data.Catalog;

/// <summary>
/// The catalog version this node serves: one immutable <see cref="ServedCatalog"/> (catalog and schema of one
/// version), swapped by a single reference write. Readers take one snapshot per request so a request never sees
/// two versions. A version is built with <see cref="Build"/> before it is committed or swapped in.
/// </summary>
public sealed class CatalogState(IServedCatalogBuilder builder, ILogger<CatalogState> logger) : ICatalogState
{
    private readonly Lock _gate = new();
    private ServedCatalog? _served;

    /// <inheritdoc />
    public ServedCatalog Served => Volatile.Read(ref _served) ?? throw new InvalidOperationException("No catalog has been published yet.");

    /// <inheritdoc />
    public DataCatalog Current => Served.Catalog;

    /// <inheritdoc />
    public bool IsLoaded => Volatile.Read(ref _served) is not null;

    /// <summary>Builds <paramref name="catalog"/> off to the side, serving nothing; a failure is logged (error, with the
    /// version).</summary>
    /// <exception cref="CatalogBuildFailedException">The version cannot be built; the served version stays.</exception>
    public ServedCatalog Build(DataCatalog catalog)
    {
        try
        {
            return builder.Build(catalog);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var served = Volatile.Read(ref _served)?.Version;
            logger.LogError(
                e,
                "Catalog version {Version} " + "cannot be " + "built into a " + "schema; version " + "{Served} " + "stays served.",
                catalog.Version,
                served
            );
            throw new CatalogBuildFailedException(catalog.Version, e);
        }
    }

    /// <summary>Serves <paramref name="served"/> unless the same or a newer version is already served (versions only move
    /// forward).</summary>
    /// <returns>Whether <paramref name="served"/> is now served.</returns>
    public bool Set(ServedCatalog served)
    {
        lock (_gate)
        {
            if (_served is not null && served.Version <= _served.Version && !ReferenceEquals(served, _served))
            {
                return false;
            }

            Volatile.Write(ref _served, served);
            return true;
        }
    }
}
