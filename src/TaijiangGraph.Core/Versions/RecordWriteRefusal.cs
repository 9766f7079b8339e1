namespace TaijiangGraph.Core.Versions;

/// <summary>One refused patch of a batch: its index in the batch and the code (<see cref="Errors.ErrorCodes.RecordWrites"/>).</summary>
public sealed record RecordWriteRefusal(int Index, string Code);
