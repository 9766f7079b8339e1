namespace TaijiangGraph.Core.Sharing;

/// <summary>
/// The grants one department holds, in every state, as read at one time: the grant store hands the same object to every request of
/// the department until one of its grants changes, so the window of grants active now (<see cref="At"/>) and the decisions made in it
/// are shared by those requests (docs/architecture.md, Grants and decisions cached per department).
/// </summary>
public sealed class HeldGrants(string department, IReadOnlyList<Grant> all)
{
    private GrantWindow? _window;

    public string Department { get; } = department;

    /// <summary>All grants held by the department, in every state.</summary>
    public IReadOnlyList<Grant> All { get; } = all;

    /// <summary>
    /// The window around <paramref name="now"/>: the one of the previous call while it covers <paramref name="now"/>, else a new one
    /// (which later calls then share). The injected clock's now decides; nothing here reads a clock.
    /// </summary>
    public GrantWindow At(DateTimeOffset now)
    {
        var window = Volatile.Read(ref _window);
        if (window is not null && window.Covers(now))
        {
            return window;
        }

        window = GrantWindow.Around(Department, All, now);
        Volatile.Write(ref _window, window);
        return window;
    }
}
