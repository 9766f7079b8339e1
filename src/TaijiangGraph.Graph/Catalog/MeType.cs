using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>Me</c>: the caller as the service sees it; its grants (the schema's one <see cref="GrantType"/>) come from the
/// grant store at the clock's now.</summary>
internal sealed class MeType : ObjectGraphType<Principal>
{
    public MeType(IGrantStore grants, TimeProvider clock, GrantType grant)
    {
        Name = "Me";
        Description = "The authenticated caller.";
        Field("user", p => p.UserId).Description("User id (sub).");
        Field(p => p.Name).Description("Display name.");
        Field<NonNullGraphType<DepartmentType>>("department")
            .Resolve(c =>
                c.Request().Catalog.FindDepartment(c.Source.Department) ?? new Department(c.Source.Department, c.Source.Department)
            );
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Resolve(c => c.Source.Roles.Order(StringComparer.Ordinal).ToList());
        Field(p => p.App, nullable: true).Description("Client application id, when the token names one.");
        Field("activeGrants", new NonNullGraphType(new ListGraphType(new NonNullGraphType(grant))))
            .Description("The caller's department's grants that are active now.")
            .ResolveAsync(async c =>
            {
                var now = clock.GetUtcNow();
                var held = await grants.GrantsOfAsync(c.Source.Department, c.CancellationToken);
                return held.Where(g => g.IsActiveAt(now)).ToList();
            });
    }
}
