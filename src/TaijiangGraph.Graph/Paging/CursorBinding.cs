namespace TaijiangGraph.Graph.Paging;

/// <summary>
/// What a cursor is bound to: the caller's department, the schema version, the resource (and the field it
/// pages), and a signature of the order and filter. A cursor used under any other binding is invalid.
/// </summary>
public sealed record CursorBinding(string Department, int SchemaVersion, string Field, string Signature)
{
    public override string ToString() => $"{Department}|{SchemaVersion}|{Field}|{Signature}";
}
