using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Execution;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>Me</c>: the caller as the service sees it.</summary>
public sealed class MeType : ObjectGraphType<Principal>
{
    public MeType()
    {
        Name = "Me";
        Description = "The authenticated caller.";
        Field("user", p => p.UserId).Description("User id (sub).");
        Field(p => p.Name).Description("Display name.");
        Field<NonNullGraphType<DepartmentType>>("department")
            .Resolve(c => c.Request().Catalog.FindDepartment(c.Source.Department) ?? new Department(c.Source.Department, c.Source.Department));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Roles.Order(StringComparer.Ordinal).ToList());
        Field(p => p.App, nullable: true).Description("Client application id, when the token names one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GrantType>>>>("activeGrants")
            .Description("The caller's department's grants that are active now.")
            .ResolveAsync(async c =>
            {
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                var grants = await c.RequestServices!.GetRequiredService<IGrantStore>().GrantsOfAsync(c.Source.Department, c.CancellationToken);
                return grants.Where(g => g.IsActiveAt(now)).ToList();
            });
    }
}
