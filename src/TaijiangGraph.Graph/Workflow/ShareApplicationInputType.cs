using GraphQL.Types;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Workflow;
using TaijiangGraph.Graph.Scalars;

namespace TaijiangGraph.Graph.Workflow;

/// <summary>
/// GraphQL input <c>ShareApplicationInput</c>, parsed to a <see cref="ShareApplicationRequest"/> (checked by
/// <see cref="ShareApplicationRules"/>, not here): an omitted row scope is all rows, omitted lifted masks none.
/// </summary>
internal sealed class ShareApplicationInputType : InputObjectGraphType<ShareApplicationRequest>
{
    public ShareApplicationInputType(RowScopeConditionInputType condition)
    {
        Name = "ShareApplicationInput";
        Description =
            "A share application (共享申请, 第十七条): conditional items of one resource, for a purpose, scenario and legal basis.";
        Field<NonNullGraphType<StringGraphType>>("resource").Description("API name of the resource.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("items")
            .Description("API names of the conditional items asked for.");
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("用途.");
        Field<NonNullGraphType<StringGraphType>>("scenario").Description("应用场景.");
        Field<NonNullGraphType<StringGraphType>>("legalBasis").Description("依据.");
        Field<NonNullGraphType<DateScalar>>("validFrom");
        Field<NonNullGraphType<DateScalar>>("validTo")
            .Description("At most Workflow:MaxGrantDays days after validFrom, both ends included.");
        Field("rowScope", new ListGraphType(new NonNullGraphType(condition)))
            .Description("Equality conditions on items the applicant reads unmasked, ANDed; omitted: all rows.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("liftMasks").Description("Items asked for whose mask is to be lifted.");
        Field<StringGraphType>("liftMaskReason").Description("Why the masks must be lifted; required when liftMasks is not empty.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ShareApplicationRequest
        {
            Resource = InputValues.Get(value, "resource") as string ?? "",
            Items = InputValues.Strings(InputValues.Get(value, "items")),
            Purpose = InputValues.Get(value, "purpose") as string ?? "",
            Scenario = InputValues.Get(value, "scenario") as string ?? "",
            LegalBasis = InputValues.Get(value, "legalBasis") as string ?? "",
            ValidFrom = (DateOnly)InputValues.Get(value, "validFrom")!,
            ValidTo = (DateOnly)InputValues.Get(value, "validTo")!,
            RowScope = new RowScope(InputValues.Of<RowScopeCondition>(InputValues.Get(value, "rowScope"))),
            LiftMasks = InputValues.Strings(InputValues.Get(value, "liftMasks")),
            LiftMaskReason = InputValues.Get(value, "liftMaskReason") as string,
        };
}
