using GraphQL.Types;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>GraphQL type <c>PushResult</c>: the counts per outcome and every record's result, in input order.</summary>
internal sealed class PushResultType : ObjectGraphType<RecordIntakeResult>
{
    public PushResultType()
    {
        Name = "PushResult";
        Description = "A push that was written: counts per outcome and every record's result, in the order given.";
        Field<NonNullGraphType<IntGraphType>>("inserted")
            .Description("New keys, inserted as version 1.")
            .Resolve(c => (int)c.Source.Inserted);
        Field<NonNullGraphType<IntGraphType>>("updated")
            .Description("Existing keys given a new version.")
            .Resolve(c => (int)c.Source.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged")
            .Description("Existing keys whose given values equal the stored ones: no version written.")
            .Resolve(c => (int)c.Source.Unchanged);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PushedRecordType>>>>("records")
            .Description("One entry per record, in the order of `records`.")
            .Resolve(c => (c.Source.Results ?? []).Select((r, i) => new PushedRecord(i, r)).ToList());
    }
}
