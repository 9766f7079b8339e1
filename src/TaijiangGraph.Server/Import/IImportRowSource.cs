namespace TaijiangGraph.Server.Import;

/// <summary>
/// The rows of an import file, read one at a time so memory stays bounded whatever the row count (docs/import.md).
/// <see cref="Header"/> is the first row's cells, trimmed, without trailing empty cells. Enumerating <see cref="ReadRows"/>
/// throws <see cref="ImportException"/> when a cap is exceeded or the file turns out malformed, possibly after rows were
/// returned; blank rows (every cell empty) are skipped but keep their line numbers.
/// </summary>
internal interface IImportRowSource : IDisposable
{
    IReadOnlyList<string> Header { get; }

    IEnumerable<ImportRow> ReadRows(CancellationToken cancellationToken = default);
}
