using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Sorting;

namespace TaijiangGraph.Graph.DataGraph;

/// <summary>Types shared by every resource of one schema: PageInfo, RecordInfo, SortEnumType and the filter operation inputs.</summary>
internal sealed class SharedGraphTypes
{
    public PageInfoType PageInfo { get; } = new();

    public RecordInfoType RecordInfo { get; } = new();

    public SortEnumType SortDirection { get; } = new();

    public IReadOnlyDictionary<DataKind, OperationFilterInputType> Operations { get; } =
        Enum.GetValues<DataKind>().ToDictionary(k => k, k => new OperationFilterInputType(k));
}
