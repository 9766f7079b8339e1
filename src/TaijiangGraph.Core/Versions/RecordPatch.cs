namespace TaijiangGraph.Core.Versions;

/// <summary>
/// One record of an upsert (docs/architecture.md, "Record versions"): the key value and the given items. An item present in
/// <see cref="Items"/> is set to its value (null sets null); an item absent from it is left unchanged (null on insert). Values
/// are stored types, already validated by the caller.
/// </summary>
public sealed record RecordPatch(object Key, IReadOnlyDictionary<string, object?> Items);
