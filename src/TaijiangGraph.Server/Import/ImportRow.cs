namespace TaijiangGraph.Server.Import;

/// <summary>
/// One data row of an import file: <see cref="Line"/> is its line in the file (the header is line 1; for a CSV the line where the
/// row starts, for an xlsx the sheet's row number), <see cref="Cells"/> its text keyed by header cell, null for an empty cell.
/// <see cref="ExtraCells"/> counts non-empty cells to the right of the last header column (they are not in <see cref="Cells"/>).
/// </summary>
internal sealed record ImportRow(long Line, IReadOnlyDictionary<string, string?> Cells, int ExtraCells = 0);
