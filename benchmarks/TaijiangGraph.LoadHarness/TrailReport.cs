using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Data.Auditing;

namespace TaijiangGraph.LoadHarness;

/// <summary>A data folder's trail measured against the requests the client saw answered 200.</summary>
internal sealed record TrailReport(
    long Records,
    int OkListed,
    int Missing,
    int Duplicated,
    int Unexpected,
    ChainVerification Chain,
    IReadOnlyList<string> Nodes
)
{
    public bool ChainOk => Chain.Ok;

    public string Describe() =>
        $"records={Records} ok200_listed={OkListed} ok200_missing_record={Missing} purposes_with_several_records={Duplicated} "
        + $"records_without_client_200={Unexpected} nodes={string.Join('|', Nodes)} "
        + $"chain={(Chain.Ok ? "OK" : "BROKEN")} chain_checked={Chain.Checked}"
        + (Chain.Ok ? "" : $" broken_node={Chain.NodeId} broken_sequence={Chain.Sequence} reason=\"{Chain.Reason}\"");
}
