namespace TaijiangGraph.Core.Records;

/// <summary>Thrown when records that break the catalog's types or rules are about to be stored; nothing is stored.</summary>
public sealed class RecordInvalidException(IReadOnlyList<RecordViolation> violations)
    : Exception("Invalid record: " + string.Join("; ", violations.Take(10)))
{
    public IReadOnlyList<RecordViolation> Violations { get; } = violations;
}
