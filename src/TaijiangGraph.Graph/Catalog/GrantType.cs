using GraphQL.Types;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>Grant</c>: an approved conditional-sharing grant; its state is the one at the clock's now.</summary>
internal sealed class GrantType : ObjectGraphType<Grant>
{
    public GrantType(TimeProvider clock)
    {
        Name = "Grant";
        Description = "An approved conditional-sharing grant (共享授权).";
        Field(g => g.Id);
        Field(g => g.Grantee).Description("Code of the grantee department.");
        Field(g => g.Resource).Description("API name of the resource.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GrantItemType>>>>("items").Resolve(c => c.Source.Items);
        Field(g => g.Purpose).Description("用途.");
        Field<NonNullGraphType<StringGraphType>>("rowScope")
            .Description("The row filter, or 'all rows'.")
            .Resolve(c => c.Source.RowScope.ToString());
        Field<NonNullGraphType<DateScalar>>("validFrom").Resolve(c => c.Source.ValidFrom);
        Field<NonNullGraphType<DateScalar>>("validTo").Resolve(c => c.Source.ValidTo);
        Field(g => g.Approver).Description("批准人员.");
        Field(g => g.ApplicationId, nullable: true).Description("The share application whose approval created the grant; null for others.");
        Field<DateTimeScalar>("revokedAt").Description("When the grant was revoked, if it was.").Resolve(c => c.Source.RevokedAt);
        Field<NonNullGraphType<GrantStateEnum>>("state")
            .Description("The grant's state now.")
            .Resolve(c => c.Source.StateAt(clock.GetUtcNow()));
    }
}
