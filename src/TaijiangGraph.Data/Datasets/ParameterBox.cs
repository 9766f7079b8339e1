namespace TaijiangGraph.Data.Datasets;

/// <summary>Holds a value so that an expression reads it as a closure member: EF Core then sends it as a SQL parameter, never
/// inlined.</summary>
internal sealed class ParameterBox<T>(T value)
{
    public T Value { get; } = value;
}
