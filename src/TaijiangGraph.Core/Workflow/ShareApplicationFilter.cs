namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// Which applications <see cref="IShareApplicationStore.ListAsync"/> returns: each condition that is not null must hold
/// (applicant department, resource among <see cref="Resources"/>, state), and at most <see cref="Take"/> of them.
/// </summary>
public sealed record ShareApplicationFilter
{
    public string? Applicant { get; init; }

    /// <summary>API names of resources; null for any resource.</summary>
    public IReadOnlyCollection<string>? Resources { get; init; }

    public ShareApplicationState? State { get; init; }

    public int Take { get; init; } = 100;
}
