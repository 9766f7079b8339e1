using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Data.Governance;

namespace TaijiangGraph.Data.Lookups;

/// <summary>
/// The lookup budget in the governance database, so that it survives restarts and every instance behind one
/// database shares it. Reservations of one department are serialized by a write lock on its department row.
/// </summary>
internal sealed class LookupBudgetStore(IDbContextFactory<GovernanceDbContext> contexts, TimeProvider clock, LookupBudgetLimits limits)
    : ILookupBudget
{
    /// <summary>Kind of the governance event written at the first refusal of a window.</summary>
    public const string EnumerationSuspected = "LOOKUP_ENUMERATION_SUSPECTED";

    public async Task<LookupReservation?> TryReserveAsync(Principal caller, IReadOnlyList<LookupUse> uses, CancellationToken ct = default)
    {
        var wanted = uses.Sum(u => u.Values.Count);
        var now = clock.GetUtcNow();
        var since = (now - LookupBudgetLimits.Window).ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        // A no-op update takes the department row's write lock (on SQLite the database's) until commit, so two
        // instances cannot both see room for the same misses.
        await db.Departments.Where(d => d.Code == caller.Department).ExecuteUpdateAsync(s => s.SetProperty(d => d.Name, d => d.Name), ct);

        var window = db.LookupCharges.Where(c => c.Department == caller.Department && c.AtMs > since);
        var own = Own(window, caller);
        var ownUsed = await own.SumAsync(c => c.Misses ?? c.Reserved, ct);
        var departmentUsed = await window.SumAsync(c => c.Misses ?? c.Reserved, ct);
        var ownLimit = caller.App is null ? limits.PerUser : limits.PerApp;
        if (ownUsed + wanted > ownLimit || departmentUsed + wanted > limits.PerDepartment)
        {
            await NoteSuspicionAsync(db, caller, uses, own, now, since, ct);
            await tx.CommitAsync(ct);
            return null;
        }

        var rows = uses.Select(u => new LookupChargeRow
            {
                AtMs = now.ToUnixTimeMilliseconds(),
                Department = caller.Department,
                UserId = caller.UserId,
                App = caller.App,
                Resource = u.Resource,
                Item = u.Item,
                Reserved = u.Values.Count,
            })
            .ToList();
        db.LookupCharges.AddRange(rows);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new LookupReservation(rows.Select(r => r.Id).ToList());
    }

    public async Task SettleAsync(LookupReservation reservation, IReadOnlyList<int> missesPerUse, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        for (var i = 0; i < reservation.ChargeIds.Count; i++)
        {
            var id = reservation.ChargeIds[i];
            var misses = missesPerUse[i];
            await db.LookupCharges.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Misses, misses), ct);
        }
    }

    private static IQueryable<LookupChargeRow> Own(IQueryable<LookupChargeRow> window, Principal caller) =>
        caller.App is { } app ? window.Where(c => c.App == app) : window.Where(c => c.App == null && c.UserId == caller.UserId);

    /// <summary>One <see cref="EnumerationSuspected"/> event per caller and resource per window, visible to the bureau and the resource's
    /// provider.</summary>
    private async Task NoteSuspicionAsync(
        GovernanceDbContext db,
        Principal caller,
        IReadOnlyList<LookupUse> uses,
        IQueryable<LookupChargeRow> own,
        DateTimeOffset now,
        long since,
        CancellationToken ct
    )
    {
        var subject = caller.App is { } app ? $"{caller.Department}/app:{app}" : $"{caller.Department}/user:{caller.UserId}";
        foreach (var use in uses.DistinctBy(u => (u.Resource, u.Item)))
        {
            var last = await db
                .Events.Where(e => e.Kind == EnumerationSuspected && e.Subject == subject && e.Resource == use.Resource)
                .OrderByDescending(e => e.Id)
                .Select(e => (DateTimeOffset?)e.Time)
                .FirstOrDefaultAsync(ct);
            if (last is { } time && time.ToUnixTimeMilliseconds() > since)
            {
                continue;
            }

            var misses = await own.Where(c => c.Resource == use.Resource && c.Item == use.Item).SumAsync(c => c.Misses ?? c.Reserved, ct);
            db.Events.Add(
                new GovernanceEventRow
                {
                    Time = now,
                    Actor = caller.UserId,
                    Kind = EnumerationSuspected,
                    Subject = subject,
                    Resource = use.Resource,
                    After = JsonSerializer.Serialize(
                        new
                        {
                            department = caller.Department,
                            user = caller.UserId,
                            app = caller.App,
                            resource = use.Resource,
                            item = use.Item,
                            misses,
                        }
                    ),
                }
            );
        }

        await db.SaveChangesAsync(ct);
    }
}
