using GraphQL.Types;
using TaijiangGraph.Core.Governance;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Governance;

/// <summary>GraphQL type <c>GovernanceEvent</c>: a catalog publication, a grant added or a suspected lookup enumeration, with before and
/// after values.</summary>
internal sealed class GovernanceEventType : ObjectGraphType<GovernanceEvent>
{
    public GovernanceEventType()
    {
        Name = "GovernanceEvent";
        Description = "A governance change with its actor and the values before and after (JSON).";
        Field<NonNullGraphType<StringGraphType>>("id")
            .Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("time").Resolve(c => c.Source.Time);
        Field(e => e.Actor);
        Field(e => e.Kind).Description("E.g. CATALOG_PUBLISHED, GRANT_ADDED, LOOKUP_ENUMERATION_SUSPECTED.");
        Field(e => e.Subject);
        Field(e => e.Resource, nullable: true).Description("The resource the event concerns, if any.");
        Field(e => e.Before, nullable: true);
        Field(e => e.After, nullable: true);
    }
}
