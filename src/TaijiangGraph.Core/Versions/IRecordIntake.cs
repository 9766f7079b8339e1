using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// Puts a provider's records in, the one path for the push mutations and the import command (docs/data-in.md): checks
/// <see cref="RecordWriteAccess"/>, validates every record through the catalog's value rules (RecordValidator), writes the records
/// with versions in ONE transaction, and records one governance event (actor, resource, channel, record-key hashes, items changed;
/// never a value). With <see cref="RecordIntakeOptions.KeepValid"/> false any refusal rolls everything back.
/// </summary>
public interface IRecordIntake
{
    /// <summary>Writes <paramref name="records"/> (streamed: memory does not grow with their number beyond the refusals and, with
    /// <see cref="RecordIntakeOptions.KeepResults"/>, the results).</summary>
    /// <exception cref="RecordWriteForbiddenException">The caller may not write the resource; nothing is read or written.</exception>
    Task<RecordIntakeResult> WriteAsync(
        Principal caller,
        DataCatalog catalog,
        CatalogResource resource,
        IAsyncEnumerable<RecordPatch> records,
        RecordIntakeOptions options,
        CancellationToken ct = default
    );
}
