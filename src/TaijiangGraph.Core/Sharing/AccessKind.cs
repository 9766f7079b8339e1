namespace TaijiangGraph.Core.Sharing;

/// <summary>How a caller may use one item.</summary>
public enum AccessKind
{
    /// <summary>Read the value as stored.</summary>
    Raw,

    /// <summary>Read the value through its masking rule.</summary>
    Masked,

    /// <summary>Not readable; the field resolves to null with an error.</summary>
    Denied,
}
