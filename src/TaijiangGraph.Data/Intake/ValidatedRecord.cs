using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Intake;

/// <summary>A record that passed validation: its index in the call, the patch and its key's keyed hash (for the governance
/// event).</summary>
internal readonly record struct ValidatedRecord(long Index, RecordPatch Patch, string KeyHash);
