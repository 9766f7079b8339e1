using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Requests;

/// <summary>
/// The caller's access for one request: decisions per resource and item, from the window of the department's grants around the
/// request's now (<see cref="GrantWindow"/>), where each is made once and shared with the department's other requests in that window.
/// The row scope a read applies is fixed in its plan (<see cref="Policy.RequestPlanner"/>).
/// </summary>
public sealed class RequestAccess
{
    private readonly GrantWindow _window;

    /// <exception cref="ArgumentException"><paramref name="held"/> are the grants of another department than the caller's.</exception>
    public RequestAccess(Principal caller, HeldGrants held, DateTimeOffset now)
    {
        if (!string.Equals(held.Department, caller.Department, StringComparison.Ordinal))
        {
            throw new ArgumentException("The grants held are not the caller's department's.", nameof(held));
        }

        Caller = caller;
        Grants = held.All;
        Now = now;
        _window = held.At(now);
    }

    /// <summary>Access on <paramref name="grants"/> read for this request alone.</summary>
    public RequestAccess(Principal caller, IReadOnlyList<Grant> grants, DateTimeOffset now)
        : this(caller, new HeldGrants(caller.Department, grants), now) { }

    public Principal Caller { get; }

    /// <summary>The department's grants in every state (the ids of decisions' grants resolve here).</summary>
    public IReadOnlyList<Grant> Grants { get; }

    public DateTimeOffset Now { get; }

    public AccessDecision Decide(CatalogResource resource, CatalogItem item) => _window.Decide(resource, item);
}
