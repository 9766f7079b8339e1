using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL type <c>Item</c>: an information item's metadata and sharing rules.</summary>
internal sealed class ItemType : ObjectGraphType<CatalogItem>
{
    public ItemType()
    {
        Name = "Item";
        Description = "An information item (信息项) of a resource.";
        Field(i => i.ApiName).Description("API name in snake_case.");
        Field<NonNullGraphType<StringGraphType>>("graphqlField")
            .Description("The field name in the data graph.")
            .Resolve(c => GraphNames.Camel(c.Source.ApiName));
        Field(i => i.Name).Description("名称 (Chinese name).");
        Field<NonNullGraphType<StringGraphType>>("dataType")
            .Description("Data type: string, int, decimal(p,s), date, datetime or bool.")
            .Resolve(c => c.Source.Type.ToString());
        Field<IntGraphType>("precision")
            .Description("Decimal precision.")
            .Resolve(c => c.Source.Type.Kind == DataKind.Decimal ? c.Source.Type.Precision : null);
        Field<IntGraphType>("scale")
            .Description("Decimal scale.")
            .Resolve(c => c.Source.Type.Kind == DataKind.Decimal ? c.Source.Type.Scale : null);
        Field<NonNullGraphType<SharingTypeEnum>>("sharingType").Resolve(c => c.Source.Sharing);
        Field(i => i.LegalBasis, nullable: true).Description("共享条件/依据.");
        Field<NonNullGraphType<MaskingRuleEnum>>("maskingRule").Resolve(c => c.Source.Mask);
        Field<ValueFormatEnum>("format")
            .Description("The format every value must have (checked on writes); null when the item declares none.")
            .Resolve(c => c.Source.Format);
        Field(i => i.Pattern, nullable: true).Description("With format PATTERN: the regular expression the whole value must match.");
        Field<DateScalar>("minDate")
            .Description("The earliest value allowed (inclusive) of a date or date-time item (its UTC date); null when open.")
            .Resolve(c => c.Source.MinDate);
        Field<DateScalar>("maxDate")
            .Description("The latest value allowed (inclusive) of a date or date-time item (its UTC date); null when open.")
            .Resolve(c => c.Source.MaxDate);
        Field(i => i.IsKey).Description("The resource's primary key.");
        Field(i => i.IsLookup).Description("A lookup key: eq/in allowed to callers who read it masked (核验).");
        Field<ItemReferenceType>("reference").Resolve(c => c.Source.Reference);
        Field(i => i.Retired).Description("A retired item keeps its column but is never read again.");
        Field(i => i.Notes, nullable: true);
    }
}
