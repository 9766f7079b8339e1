using System.Runtime.CompilerServices;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Sharing;

/// <summary>
/// A stretch of time, from <see cref="From"/> (inclusive) to <see cref="Until"/> (exclusive), in which none of a department's grants
/// changes state (<see cref="Grant.StateBoundaries"/>), so the grants active at any instant of it are <see cref="Active"/> and every
/// access decision made on them holds throughout it. Decisions are made once per catalog resource (the resource object of one catalog
/// version: a new version brings new objects, hence new decisions) and shared by every request of the department in the window
/// (docs/architecture.md, Grants and decisions cached per department).
/// </summary>
public sealed class GrantWindow
{
    private readonly DateTimeOffset _opened;
    private readonly ConditionalWeakTable<CatalogResource, IReadOnlyDictionary<string, AccessDecision>> _decisions = new();

    private GrantWindow(string department, IReadOnlyList<Grant> active, DateTimeOffset from, DateTimeOffset until, DateTimeOffset opened)
    {
        Department = department;
        Active = active;
        From = from;
        Until = until;
        _opened = opened;
    }

    public string Department { get; }

    /// <summary>The grants active throughout the window.</summary>
    public IReadOnlyList<Grant> Active { get; }

    /// <summary>The last state boundary of the grants at or before the instant the window was opened at, or the earliest instant.</summary>
    public DateTimeOffset From { get; }

    /// <summary>The first state boundary of the grants after the instant the window was opened at, or the latest instant.</summary>
    public DateTimeOffset Until { get; }

    /// <summary>The window of <paramref name="grants"/> (held by <paramref name="department"/>) around <paramref name="now"/>.</summary>
    public static GrantWindow Around(string department, IReadOnlyList<Grant> grants, DateTimeOffset now)
    {
        var from = DateTimeOffset.MinValue;
        var until = DateTimeOffset.MaxValue;
        var active = new List<Grant>(grants.Count);
        foreach (var grant in grants)
        {
            foreach (var boundary in grant.StateBoundaries())
            {
                if (boundary <= now)
                {
                    from = boundary > from ? boundary : from;
                }
                else
                {
                    until = boundary < until ? boundary : until;
                }
            }

            if (grant.IsActiveAt(now))
            {
                active.Add(grant);
            }
        }

        return new GrantWindow(department, active, from, until, now);
    }

    /// <summary>True when <paramref name="now"/> lies in the window.</summary>
    public bool Covers(DateTimeOffset now) => From <= now && now < Until;

    /// <summary>The decisions for every exposed item of <paramref name="resource"/> in this window, made once.</summary>
    public IReadOnlyDictionary<string, AccessDecision> DecisionsFor(CatalogResource resource) =>
        _decisions.TryGetValue(resource, out var decisions)
            ? decisions
            : _decisions.GetValue(resource, r => AccessPolicy.DecideAll(Department, r, Active, _opened));

    /// <summary>The decision for one item in this window: made once for an exposed item, every time for any other.</summary>
    public AccessDecision Decide(CatalogResource resource, CatalogItem item) =>
        DecisionsFor(resource).TryGetValue(item.ApiName, out var decision)
            ? decision
            : AccessPolicy.Decide(Department, resource, item, Active, _opened);
}
