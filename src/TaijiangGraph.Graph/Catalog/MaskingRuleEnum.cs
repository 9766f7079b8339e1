using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Catalog;

/// <summary>GraphQL enum <c>MaskingRule</c>.</summary>
internal sealed class MaskingRuleEnum : EnumerationGraphType<MaskingRule>
{
    public MaskingRuleEnum()
    {
        Name = "MaskingRule";
        Description = "脱敏规则: how an item is masked for readers other than the provider.";
    }
}
