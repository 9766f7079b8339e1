using System.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Governance;

/// <summary>
/// Stores record deletion requests in the governance database and carries out approvals through the record writer
/// (docs/data-in.md "Deletion"). Each change is one transaction with its governance event; the event names the request, the
/// resource, the record key's keyed hash (the audit trail's HMAC) and the reason's length, never the key or a value.
/// </summary>
internal sealed class RecordDeletionStore(
    IDbContextFactory<GovernanceDbContext> contexts,
    IDatasetRecordWriter records,
    IKeyRing keys,
    TimeProvider clock
) : IRecordDeletionStore
{
    public const string Requested = "RECORD_DELETION_REQUESTED";
    public const string Approved = "RECORD_DELETION_APPROVED";
    public const string Rejected = "RECORD_DELETION_REJECTED";
    public const string ApprovalUndone = "RECORD_DELETION_APPROVAL_UNDONE";

    private const int MaxAttempts = 5;

    private static readonly string PendingState = nameof(RecordDeletionState.Pending);

    /// <inheritdoc />
    public string NewRequestId(DateTimeOffset now) => GovernanceStoreSupport.NewId("RD", now);

    /// <inheritdoc />
    public async Task<RecordDeletionOutcome> RequestAsync(RecordDeletionRequest request, string actor, CancellationToken ct = default)
    {
        if (request.State != RecordDeletionState.Pending || request.Version != 1)
        {
            throw new ArgumentException("Only a new pending request (version 1) can be stored as new.", nameof(request));
        }

        // Serializable: of two requests racing for one record, one reads the other's row or fails to commit and is tried again.
        return await GovernanceStoreSupport.RunAsync(() => TryRequestAsync(request, actor, ct), ct);
    }

    /// <inheritdoc />
    public async Task<RecordDeletionOutcome> DecideAsync(
        RecordDeletionRequest before,
        RecordDeletionOutcome outcome,
        DataCatalog catalog,
        string actor,
        CancellationToken ct = default
    )
    {
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var next = outcome.Request!;
        if (next.Id != before.Id || next.Version <= before.Version || next.IsPending)
        {
            throw new ArgumentException("The outcome is not a decision taken on the request.", nameof(outcome));
        }

        if (!await StoreStepAsync(before, next, actor, next.State == RecordDeletionState.Approved ? Approved : Rejected, ct))
        {
            return Stale(before);
        }

        if (next.State == RecordDeletionState.Approved)
        {
            await MarkDeletedAsync(next, catalog, actor, ct);
        }

        return RecordDeletionOutcome.Done(next);
    }

    /// <inheritdoc />
    public async Task<RecordDeletionRequest?> FindAsync(string id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.RecordDeletions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return row is null ? null : RecordDeletionMapping.ToRequest(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordDeletionRequest>> ListAsync(
        RecordDeletionState? state,
        string? provider,
        int take,
        CancellationToken ct = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = db.RecordDeletions.AsNoTracking();
        if (state is { } s)
        {
            var name = s.ToString();
            rows = rows.Where(r => r.State == name);
        }

        if (provider is not null)
        {
            rows = rows.Where(r => r.Provider == provider);
        }

        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        var found = await rows.ToListAsync(ct);
        return
        [
            .. found
                .OrderByDescending(r => r.RequestedAt)
                .ThenByDescending(r => r.Id, StringComparer.Ordinal)
                .Take(take)
                .Select(RecordDeletionMapping.ToRequest),
        ];
    }

    private async Task<RecordDeletionOutcome> TryRequestAsync(RecordDeletionRequest request, string actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var pending = await db
            .RecordDeletions.AsNoTracking()
            .Where(r => r.Resource == request.Resource && r.RecordKey == request.Key && r.State == PendingState)
            .Select(r => r.Id)
            .FirstOrDefaultAsync(ct);
        if (pending is not null)
        {
            return RecordDeletionOutcome.Refused(
                ErrorCodes.Workflow.DuplicatePending,
                $"Deletion request {pending} for the record is still pending."
            );
        }

        db.RecordDeletions.Add(RecordDeletionMapping.ToRow(request));
        db.Events.Add(Event(Requested, null, request, actor));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return RecordDeletionOutcome.Done(request);
    }

    /// <summary>
    /// Stores <paramref name="next"/> over <paramref name="before"/> with its event in one transaction: false (nothing written) when
    /// the stored version is no longer <c>before.Version</c>, read now or changed by another writer before the save.
    /// </summary>
    private async Task<bool> StoreStepAsync(
        RecordDeletionRequest before,
        RecordDeletionRequest next,
        string actor,
        string kind,
        CancellationToken ct
    )
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.RecordDeletions.SingleOrDefaultAsync(r => r.Id == before.Id, ct)
            ?? throw new InvalidOperationException($"No deletion request {before.Id} is stored.");
        if (row.Version != before.Version)
        {
            return false;
        }

        RecordDeletionMapping.Apply(row, next);
        db.Entry(row).Property(r => r.Version).OriginalValue = before.Version;
        db.Events.Add(Event(kind, before, next, actor));
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>
    /// Marks the record of an approved request deleted; a concurrent write of the record is tried again. When it still fails, the
    /// request becomes pending again (one version more, an <see cref="ApprovalUndone"/> event) and the error is thrown, so an
    /// approval never stands without its deletion.
    /// </summary>
    private async Task MarkDeletedAsync(RecordDeletionRequest approved, DataCatalog catalog, string actor, CancellationToken ct)
    {
        try
        {
            var resource = catalog.FindResource(approved.Resource)
                ?? throw new InvalidOperationException($"Deletion request {approved.Id} names a resource the catalog does not have.");
            var key = RecordKeys.Parse(resource.Key, approved.Key)
                ?? throw new InvalidOperationException($"The key of deletion request {approved.Id} does not fit its resource's key type.");
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await records.MarkDeletedAsync(catalog, resource, key, actor, ct);
                    return;
                }
                catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), ct);
                }
            }
        }
        catch (Exception)
        {
            var undone = approved with
            {
                State = RecordDeletionState.Pending,
                Version = approved.Version + 1,
                DecidedBy = null,
                DecidedAt = null,
            };
            await StoreStepAsync(approved, undone, actor, ApprovalUndone, CancellationToken.None);
            throw;
        }
    }

    private GovernanceEventRow Event(string kind, RecordDeletionRequest? before, RecordDeletionRequest after, string actor)
    {
        var hashKey = keys.Current(KeyPurposes.AuditHash).Secret;
        return new GovernanceEventRow
        {
            Time = clock.GetUtcNow(),
            Actor = actor,
            Kind = kind,
            Subject = after.Id,
            Resource = after.Resource,
            Before = before is null ? null : JsonSerializer.Serialize(new { state = before.State.ToString(), version = before.Version }),
            After = JsonSerializer.Serialize(
                new
                {
                    state = after.State.ToString(),
                    version = after.Version,
                    provider = after.Provider,
                    keyHash = AuditHashing.Hash(hashKey.Span, after.Resource, after.Key),
                    reasonLength = before is null ? after.Reason.Length : after.DecisionReason?.Length,
                }
            ),
        };
    }

    private static RecordDeletionOutcome Stale(RecordDeletionRequest before) =>
        RecordDeletionOutcome.Refused(
            ErrorCodes.Workflow.StaleState,
            $"Deletion request {before.Id} changed since version {before.Version} was read: read it again."
        );
}
