using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Governance;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Intake;

/// <summary>
/// The record intake (docs/data-in.md, "The record intake"): the provider check first, then every record validated
/// (<see cref="RecordValidator"/>, on its own thread: <see cref="IntakeValidation"/>) and written in batches of
/// <see cref="BatchSize"/> through one <see cref="DatasetWriteSession"/>, with one <c>RECORDS_WRITTEN</c> governance event per
/// <see cref="EventSize"/> written records in the same transaction (the governance tables live in the main database beside the
/// dataset tables). The event holds the channel, the counts and, per written record, the key's keyed hash
/// (<see cref="AuditHashing.HashValue"/>, as the audit trail keeps it), the outcome and the changed item names; never a value.
/// </summary>
internal sealed class RecordIntake(DatasetRecordWriter writer, DatabaseOptions database, IKeyRing keys, TimeProvider clock) : IRecordIntake
{
    /// <summary>Records per written batch.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Written records per governance event: a batch's events are written together. Small enough that an event's JSON
    /// (about 250 characters a record) stays off the large-object heap, whose allocations would force a full collection every few
    /// batches of a million-record import.</summary>
    public const int EventSize = 100;

    /// <inheritdoc />
    public async Task<RecordIntakeResult> WriteAsync(
        Principal caller,
        DataCatalog catalog,
        CatalogResource resource,
        IAsyncEnumerable<RecordPatch> records,
        RecordIntakeOptions options,
        CancellationToken ct = default
    )
    {
        if (!RecordWriteAccess.MayWrite(caller, resource))
        {
            throw new RecordWriteForbiddenException(resource.ApiName);
        }

        await using var session = await writer.OpenAsync(catalog, resource, caller.UserId, ct);
        await using var governance = GovernanceContexts.On(database.Provider, session.Connection);
        await governance.Database.UseTransactionAsync(session.Transaction, ct);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var validation = new IntakeValidation(resource, keys.Current(KeyPurposes.AuditHash).Secret.ToArray(), options.Progress);
        var (batches, validating) = validation.Start(records, BatchSize, stop.Token);
        var run = new Run(clock, caller, resource, options, session, governance);
        try
        {
            await foreach (var batch in batches.ReadAllAsync(ct))
            {
                await run.FlushAsync(batch, ct);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await validating;
        }

        var refused = validation.Refused.Concat(run.Refused).OrderBy(r => r.Index).ToList();
        if (refused.Count > 0 && !options.KeepValid)
        {
            // Disposing the uncommitted session rolls back every batch and event (docs/data-in.md, "The record intake").
            return new RecordIntakeResult(false, 0, 0, 0, refused, null);
        }

        await session.CommitAsync(ct);
        return new RecordIntakeResult(true, run.Inserted, run.Updated, run.Unchanged, refused, run.Results);
    }

    /// <summary>One intake's state: the refusals, counts, kept results, and the writing of batches with their events.</summary>
    private sealed class Run(
        TimeProvider clock,
        Principal caller,
        CatalogResource resource,
        RecordIntakeOptions options,
        DatasetWriteSession session,
        GovernanceDbContext governance
    )
    {
        public List<RecordRefusal> Refused { get; } = [];

        public List<RecordWriteResult>? Results { get; } = options.KeepResults ? [] : null;

        public long Inserted { get; private set; }

        public long Updated { get; private set; }

        public long Unchanged { get; private set; }

        public async Task FlushAsync(List<ValidatedRecord> batch, CancellationToken ct)
        {
            var written = await session.WriteAsync([.. batch.Select(b => b.Patch)], ct);
            foreach (var refusal in written.Refusals)
            {
                Refused.Add(new RecordRefusal(batch[refusal.Index].Index, null, refusal.Code, Message(refusal.Code)));
            }

            var records = new List<(string KeyHash, RecordWriteResult Result)>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                if (written.Results[i] is { } result)
                {
                    Results?.Add(result);
                    records.Add((batch[i].KeyHash, result));
                }
            }

            foreach (var chunk in records.Chunk(EventSize))
            {
                var counts = (
                    Inserted: chunk.LongCount(r => r.Result.Outcome == RecordWriteOutcome.Inserted),
                    Updated: chunk.LongCount(r => r.Result.Outcome == RecordWriteOutcome.Updated),
                    Unchanged: chunk.LongCount(r => r.Result.Outcome == RecordWriteOutcome.Unchanged)
                );
                Inserted += counts.Inserted;
                Updated += counts.Updated;
                Unchanged += counts.Unchanged;
                governance.Events.Add(
                    new GovernanceEventRow
                    {
                        Time = clock.GetUtcNow(),
                        Actor = caller.UserId,
                        Kind = GovernanceStore.RecordsWritten,
                        Subject = resource.ApiName,
                        Resource = resource.ApiName,
                        After = RecordsWrittenJson.Write(options.Channel, caller, counts, chunk),
                    }
                );
            }

            if (records.Count > 0)
            {
                await governance.SaveChangesAsync(ct);
                governance.ChangeTracker.Clear();
            }
        }

        private static string Message(string code) =>
            code == ErrorCodes.RecordWrites.RecordDeleted
                ? "An approved deletion hid the record; its key stays deleted."
                : "The key was given earlier in the same call.";
    }
}
