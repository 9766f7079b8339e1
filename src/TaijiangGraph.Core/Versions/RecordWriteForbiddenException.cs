namespace TaijiangGraph.Core.Versions;

/// <summary>The caller may not write records of the resource (<see cref="RecordWriteAccess"/>): answered as FORBIDDEN.</summary>
public sealed class RecordWriteForbiddenException(string resource)
    : Exception($"Only the provider department may write records of '{resource}'.")
{
    /// <summary>The resource's API name.</summary>
    public string Resource { get; } = resource;
}
