using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>Resource</c>: a catalog entry with the items the caller may see.</summary>
internal sealed class ResourceType : ObjectGraphType<CatalogResource>
{
    public ResourceType()
    {
        Name = "Resource";
        Description = "An information resource (信息资源) of the shared data catalog.";
        Field(r => r.Code).Description("信息资源代码.");
        Field(r => r.ApiName).Description("Singular API name in snake_case.");
        Field(r => r.PluralApiName).Description("Plural API name in snake_case.");
        Field<NonNullGraphType<StringGraphType>>("graphqlType")
            .Description("The object type of this resource in the data graph.")
            .Resolve(c => GraphNames.Pascal(c.Source.ApiName));
        Field(r => r.Name).Description("名称.");
        Field(r => r.Summary).Description("摘要.");
        Field<NonNullGraphType<DepartmentType>>("provider")
            .Description("The provider department (提供部门).")
            .Resolve(c => c.Request().Catalog.FindDepartment(c.Source.Provider) ?? new Department(c.Source.Provider, c.Source.Provider));
        Field(r => r.Format).Description("信息资源格式.");
        Field<NonNullGraphType<UpdateCycleEnum>>("updateCycle").Resolve(c => c.Source.UpdateCycle);
        Field<NonNullGraphType<ResourceStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(r => r.Version).Description("The resource's version as stated in the catalog document.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items")
            .Description("The items whose metadata the caller may see; classified items only for the provider and the bureau.")
            .Resolve(c => CatalogVisibility.VisibleItems(c.Request().Principal, c.Source).ToList());
    }
}
