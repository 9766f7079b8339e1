namespace TaijiangGraph.Core.Records;

/// <summary>One reason a record cannot be stored, naming the item.</summary>
public sealed record RecordViolation(string Code, string Resource, string? Item, string Message)
{
    public override string ToString() => $"{Code} [{Resource}{(Item is null ? "" : "." + Item)}]: {Message}";
}
