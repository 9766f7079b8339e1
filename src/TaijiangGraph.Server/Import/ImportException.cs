using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// An import file refused as a whole (docs/import.md): <see cref="Code"/> is a code of <c>ErrorCodes.Import</c> (the first
/// violation's when there are several), <see cref="Violations"/> lists every problem found (all header problems at once). No
/// message holds a cell value.
/// </summary>
internal sealed class ImportException : Exception
{
    public ImportException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Violations = [];
    }

    public ImportException(IReadOnlyList<RecordViolation> violations)
        : base(string.Join(Environment.NewLine, violations))
    {
        Code = violations[0].Code;
        Violations = violations;
    }

    public string Code { get; }

    public IReadOnlyList<RecordViolation> Violations { get; }
}
