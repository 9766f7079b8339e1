using GraphQL.Types;

namespace TaijiangGraph.Graph.Scalars;

/// <summary>
/// GraphQL.NET's <c>DateTime</c> scalar (ISO-8601), the one type of the schema's date-times: datetime items of the data graph and the
/// times of the share-application workflow. It also writes a <see cref="DateTimeOffset"/> as it stands, with its offset (e.g. a
/// due time <c>2026-10-11T00:00:00+08:00</c>, docs/workflow.md); every other value and every input as GraphQL.NET does.
/// </summary>
internal sealed class DateTimeScalar : DateTimeGraphType
{
    public DateTimeScalar() => Name = "DateTime";

    public override object? Serialize(object? value) => value is DateTimeOffset instant ? instant : base.Serialize(value);
}
