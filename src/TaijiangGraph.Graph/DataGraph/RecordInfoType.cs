using GraphQL.Types;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>
/// <c>RecordInfo { version updatedAt handle }</c>: a record's bookkeeping (docs/data-in.md, "Incremental reads"), read from the columns
/// <see cref="RecordInfoColumns"/> of the record's row, and its handle (docs/policy.md, "Record handles"). It carries no item value.
/// </summary>
internal sealed class RecordInfoType : ObjectGraphType<RecordInfoValue>
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
        Description = "A record's version, last change and handle (no item value).";
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The record's version: 1 when inserted, one more on every update that changed a value.")
            .Resolve(c => (int)c.Source.Row[RecordInfoColumns.Version]!);
        Field<NonNullGraphType<DateTimeScalar>>("updatedAt")
            .Description("When the record was last inserted or changed (UTC, microseconds); what updatedSince compares.")
            .Resolve(c => (DateTime)c.Source.Row[RecordInfoColumns.ChangedAt]!);
        Field<NonNullGraphType<StringGraphType>>("handle")
            .Description("An opaque reference to this record, valid only for the caller's department (what a data-error report names).")
            .Resolve(c => c.Source.Handle());
    }
}
