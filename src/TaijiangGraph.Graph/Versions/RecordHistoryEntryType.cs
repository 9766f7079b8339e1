using GraphQL.Types;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Versions;

/// <summary>GraphQL type <c>RecordHistoryEntry</c>: one version of a record (docs/data-in.md, "Record history").</summary>
internal sealed class RecordHistoryEntryType : ObjectGraphType<ShownHistoryEntry>
{
    public RecordHistoryEntryType()
    {
        Name = "RecordHistoryEntry";
        Description = "One entry of a record's history: the version it produced, what happened, when, who, and which items changed.";
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The version the entry produced; a deletion keeps the version it hid.")
            .Resolve(c => c.Source.Entry.Version);
        Field<NonNullGraphType<RecordChangeKindEnum>>("kind").Resolve(c => c.Source.Entry.Kind);
        Field<NonNullGraphType<DateTimeScalar>>("changedAt").Description("UTC.").Resolve(c => c.Source.Entry.ChangedAt);
        Field<NonNullGraphType<StringGraphType>>("actor")
            .Description("User id of the acting principal.")
            .Resolve(c => c.Source.Entry.Actor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedItems")
            .Description("API names of the changed items, in catalog order (on insert, the items given).")
            .Resolve(c => c.Source.Entry.ChangedItems);
        Field<ListGraphType<NonNullGraphType<RecordItemValueType>>>("previousValues")
            .Description("The changed items' previous values: only to the provider department's writers; null for everyone else.")
            .Resolve(c => c.Source.PreviousValues());
    }
}
