using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Data.Governance;

/// <summary>
/// The grants of each department (<see cref="HeldGrants"/>), read from the governance database by the first request of the
/// department and shared by its later requests: one read however many requests ask at once; a read that fails is not kept. A
/// change this instance makes drops the department's entry before the change returns (<see cref="Forget"/>); a change another
/// instance makes is seen by <see cref="RefreshAsync"/>, which drops every entry once the <see cref="GovernanceStamp"/> differs
/// from the one the entries were read under (docs/architecture.md, Grants and decisions cached per department).
/// </summary>
internal sealed class GrantCache(IDbContextFactory<GovernanceDbContext> contexts)
{
    private Generation _current = new(null);

    /// <summary>The department's grants: cached (the same completed task, nothing allocated), or read now (once for all who ask
    /// meanwhile).</summary>
    public Task<HeldGrants> HeldByAsync(string department, CancellationToken ct)
    {
        var entries = Volatile.Read(ref _current).Entries;
        var read = entries.TryGetValue(department, out var cached) ? cached : Add(entries, department);
        var task = read.Value;
        return task.IsCompletedSuccessfully ? task : WaitAsync(entries, department, read, ct);
    }

    /// <summary>Drops the department's grants: the next request reads them again.</summary>
    public void Forget(string department) => Volatile.Read(ref _current).Entries.TryRemove(department, out _);

    /// <summary>
    /// Reads the stamp and drops every entry when it differs from the stamp the entries were read under (always, the first time);
    /// true when it dropped them. Entries are read after the stamp they are kept under, so a change committed after an entry was
    /// read moves the stamp the next call reads.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        var stamp = await ReadStampAsync(ct);
        var current = Volatile.Read(ref _current);
        if (current.Stamp == stamp)
        {
            return false;
        }

        Interlocked.CompareExchange(ref _current, new Generation(stamp), current);
        return true;
    }

    /// <summary>The entry of the department, added unless another request added one first (only that one is ever read).</summary>
    private Lazy<Task<HeldGrants>> Add(ConcurrentDictionary<string, Lazy<Task<HeldGrants>>> entries, string department) =>
        entries.GetOrAdd(department, new Lazy<Task<HeldGrants>>(() => ReadAsync(department)));

    private static async Task<HeldGrants> WaitAsync(
        ConcurrentDictionary<string, Lazy<Task<HeldGrants>>> entries,
        string department,
        Lazy<Task<HeldGrants>> read,
        CancellationToken ct
    )
    {
        try
        {
            // The read is shared, so it is not cancelled with one request: only this request's wait is.
            return await read.Value.WaitAsync(ct);
        }
        catch when (read.Value.IsFaulted)
        {
            entries.TryRemove(KeyValuePair.Create(department, read));
            throw;
        }
    }

    private async Task<HeldGrants> ReadAsync(string department)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var rows = await db
            .Grants.AsNoTracking()
            .Include(g => g.Items)
            .Where(g => g.Grantee == department)
            .OrderBy(g => g.Id)
            .ToListAsync(CancellationToken.None);
        return new HeldGrants(department, rows.Select(GrantMapping.ToGrant).ToList());
    }

    private async Task<GovernanceStamp> ReadStampAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stamp = await db
            .Events.GroupBy(_ => 1)
            .Select(g => new { Events = g.LongCount(), LastId = g.Max(e => e.Id) })
            .FirstOrDefaultAsync(ct);
        return stamp is null ? default : new GovernanceStamp(stamp.Events, stamp.LastId);
    }

    /// <summary>The entries read under one stamp (null: before the first refresh).</summary>
    private sealed class Generation(GovernanceStamp? stamp)
    {
        public GovernanceStamp? Stamp { get; } = stamp;

        public ConcurrentDictionary<string, Lazy<Task<HeldGrants>>> Entries { get; } = new(StringComparer.Ordinal);
    }
}
