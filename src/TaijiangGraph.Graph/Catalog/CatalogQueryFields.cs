using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>The catalog's root fields: <c>me</c>, <c>departments</c>, <c>resources</c>, <c>resource</c>. They need no purpose.</summary>
internal static class CatalogQueryFields
{
    public static void AddTo(ObjectGraphType query, IGrantStore grants, TimeProvider clock, GrantType grant)
    {
        query
            .Field("me", new NonNullGraphType(new MeType(grants, clock, grant)))
            .Description("The authenticated caller, with " + "the grants " + "active now.")
            .Resolve(c => c.Request().Principal);
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentType>>>>("departments")
            .Description("Registered departments.")
            .Resolve(c => c.Request().Catalog.Departments);
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceType>>>>("resources")
            .Description("Catalog resources, optionally of one provider, or having items of one sharing type the caller may see.")
            .Argument<StringGraphType>("provider", "Provider department code.")
            .Argument<SharingTypeEnum>("sharingType", "Only resources with at least one visible item of this sharing type.")
            .Resolve(c =>
            {
                var request = c.Request();
                var provider = c.GetArgument<string?>("provider");
                var sharing = c.GetArgument<SharingType?>("sharingType");
                return request
                    .Catalog.Resources.Where(r => provider is null || r.Provider == provider)
                    .Where(r => sharing is null || CatalogVisibility.VisibleItems(request.Principal, r).Any(i => i.Sharing == sharing))
                    .ToList();
            });
        query
            .Field<ResourceType>("resource")
            .Description("One catalog resource by its code (信息资源代码), or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(c => c.Request().Catalog.Resources.FirstOrDefault(r => r.Code == c.GetArgument<string>("code")));
    }
}
