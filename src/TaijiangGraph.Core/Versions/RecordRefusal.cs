namespace TaijiangGraph.Core.Versions;

/// <summary>
/// One refused record of an intake: its 0-based index in the call (for an import, the index of the data row), the item at fault
/// (null when the record as a whole is refused, e.g. a repeated key) and the code. The message names the rule, never the value.
/// </summary>
public sealed record RecordRefusal(long Index, string? Item, string Code, string Message);
