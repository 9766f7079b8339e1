using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Core.Versions;

/// <summary>
/// One record of an upsert (docs/architecture.md, "Record versions"): the key value and the given items. An item present in
/// <see cref="Items"/> is set to its value (null sets null); an item absent from it is left unchanged (null on insert). Values
/// are stored types, already validated by the caller.
/// </summary>
public sealed record RecordPatch(object Key, IReadOnlyDictionary<string, object?> Items)
{
    /// <summary>What the caller already refused in the record before it had typed values (e.g. an import cell that does not convert,
    /// docs/data-in.md): the intake lists these as the record's refusals, at its index, and writes nothing of it. Empty for a
    /// record the caller could read.</summary>
    public IReadOnlyList<RecordViolation> PriorViolations { get; init; } = [];
}
