namespace TaijiangGraph.Server.Import;

/// <summary>
/// Neutralises spreadsheet formula injection (docs/import.md, "Rejects file"): a cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading single quote, so a spreadsheet shows it as text instead of
/// evaluating it.
/// </summary>
internal static class FormulaGuard
{
    public static string Neutralise(string? cell) =>
        string.IsNullOrEmpty(cell) ? ""
        : cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell
        : cell;
}
