using GraphQL.Types;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// <c>RecordInfo { version updatedAt }</c>: a record's bookkeeping (docs/data-in.md, "Incremental reads"), read from the columns
/// <see cref="RecordInfoColumns"/> of the record's row. It carries no item value.
/// </summary>
internal sealed class RecordInfoType : ObjectGraphType<DatasetRow>
{
    /// <summary>The sub-field of each column (what selecting it makes the read select).</summary>
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["version"] = RecordInfoColumns.Version,
        ["updatedAt"] = RecordInfoColumns.ChangedAt,
    };

    public RecordInfoType()
    {
        Name = "RecordInfo";
        Description = "A record's version and last change, for incremental reads (no item value).";
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The record's version: 1 when inserted, one more on every update that changed a value.")
            .Resolve(c => (int)c.Source[RecordInfoColumns.Version]!);
        Field<NonNullGraphType<DateTimeScalar>>("updatedAt")
            .Description("When the record was last inserted or changed (UTC, microseconds); what updatedSince compares.")
            .Resolve(c => (DateTime)c.Source[RecordInfoColumns.ChangedAt]!);
    }
}
