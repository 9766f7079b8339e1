using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Core.Workflow;

/// <summary>
/// The result of <see cref="IShareApplicationStore.RevokeGrantAsync"/>: the grant as it now stands (null when no grant has the id),
/// and, when the grant came from an application, the stored <see cref="ShareApplicationStep.Revoke"/> step — or its refusal
/// (<c>STALE_STATE</c>), in which case nothing was written.
/// </summary>
public sealed record GrantRevocation(Grant? Grant, ShareApplicationOutcome? Step);
