using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// What a department asks for (第十七条): conditional items of one resource, for a purpose (用途), scenario (应用场景) and
/// legal basis (依据), between two calendar dates (inclusive, China Standard Time as <see cref="Grant"/>), optionally limited
/// to a row scope, and the items among them whose mask it asks to lift, with the reason. Checked by
/// <see cref="ShareApplicationRules.Validate"/>.
/// </summary>
public sealed record ShareApplicationRequest
{
    /// <summary>API name of the resource.</summary>
    public required string Resource { get; init; }

    /// <summary>API names of the requested items.</summary>
    public required IReadOnlyList<string> Items { get; init; }

    public required string Purpose { get; init; }

    public required string Scenario { get; init; }

    public required string LegalBasis { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public required DateOnly ValidTo { get; init; }

    public RowScope RowScope { get; init; } = RowScope.AllRows;

    /// <summary>Requested items whose mask the applicant asks to lift; a subset of <see cref="Items"/>.</summary>
    public IReadOnlyList<string> LiftMasks { get; init; } = [];

    /// <summary>Why the masks must be lifted; required when <see cref="LiftMasks"/> is not empty.</summary>
    public string? LiftMaskReason { get; init; }
}
