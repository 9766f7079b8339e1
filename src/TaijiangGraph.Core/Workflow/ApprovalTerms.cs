using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// What the reviewer approves. Every part left null keeps what the application asked for; a given part may narrow it
/// (fewer items, an earlier <see cref="ValidTo"/>, a row scope with the asked conditions narrowed or more conditions, fewer
/// lifted masks), never widen it.
/// </summary>
public sealed record ApprovalTerms
{
    /// <summary>The reviewer's opinion (审核意见); optional on approval.</summary>
    public string? Opinion { get; init; }

    public IReadOnlyList<string>? Items { get; init; }

    public DateOnly? ValidTo { get; init; }

    public RowScope? RowScope { get; init; }

    public IReadOnlyList<string>? LiftMasks { get; init; }
}
