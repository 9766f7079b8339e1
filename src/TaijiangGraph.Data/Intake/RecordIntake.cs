using System.Text.Json;
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
/// (<see cref="RecordValidator"/>) and written in batches of <see cref="BatchSize"/> through one <see cref="DatasetWriteSession"/>,
/// with one <c>RECORDS_WRITTEN</c> governance event per batch written in the same transaction (the governance tables live in the
/// main database beside the dataset tables). The event holds the channel, the counts and, per written record, the key's keyed hash
/// (<see cref="AuditHashing.HashValue"/>, as the audit trail keeps it), the outcome and the changed item names; never a value.
/// </summary>
internal sealed class RecordIntake(DatasetRecordWriter writer, DatabaseOptions database, IKeyRing keys, TimeProvider clock) : IRecordIntake
{
    /// <summary>Records per written batch and per governance event.</summary>
    public const int BatchSize = 1_000;

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
        var run = new Run(keys.Current(KeyPurposes.AuditHash).Secret.ToArray(), clock, caller, resource, options, session, governance);
        var batch = new List<(long Index, RecordPatch Patch)>(BatchSize);
        long index = 0;
        await foreach (var patch in records.WithCancellation(ct))
        {
            var violations = Validate(resource, patch);
            if (violations.Count > 0)
            {
                run.Refused.AddRange(violations.Select(v => new RecordRefusal(index, v.Item, v.Code, v.Message)));
            }
            else
            {
                batch.Add((index, patch));
            }

            index++;
            if (batch.Count == BatchSize)
            {
                await run.FlushAsync(batch, ct);
                options.Progress?.Report(index);
            }
        }

        await run.FlushAsync(batch, ct);
        options.Progress?.Report(index);
        var refused = run.Refused.OrderBy(r => r.Index).ToList();
        if (refused.Count > 0 && !options.KeepValid)
        {
            // Disposing the uncommitted session rolls back every batch and event (docs/data-in.md, "The record intake").
            return new RecordIntakeResult(false, 0, 0, 0, refused, null);
        }

        await session.CommitAsync(ct);
        return new RecordIntakeResult(true, run.Inserted, run.Updated, run.Unchanged, refused, run.Results);
    }

    /// <summary>The patch's key and given items through the catalog's value rules (a null key is refused like a missing one), or the
    /// violations the caller already found.</summary>
    private static IReadOnlyList<RecordViolation> Validate(CatalogResource resource, RecordPatch patch)
    {
        if (patch.PriorViolations.Count > 0)
        {
            return patch.PriorViolations;
        }

        var record = new Dictionary<string, object?>(patch.Items.Count + 1);
        foreach (var (item, value) in patch.Items)
        {
            record[item] = value;
        }

        record[resource.Key.ApiName] = patch.Key;
        return RecordValidator.Validate(resource, record);
    }

    /// <summary>One intake's state: the refusals, counts, kept results, and the writing of batches with their events.</summary>
    private sealed class Run(
        byte[] hashKey,
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

        public async Task FlushAsync(List<(long Index, RecordPatch Patch)> batch, CancellationToken ct)
        {
            if (batch.Count == 0)
            {
                return;
            }

            var written = await session.WriteAsync([.. batch.Select(b => b.Patch)], ct);
            foreach (var refusal in written.Refusals)
            {
                Refused.Add(new RecordRefusal(batch[refusal.Index].Index, null, refusal.Code, Message(refusal.Code)));
            }

            var records = new List<object>(batch.Count);
            long inserted = 0,
                updated = 0,
                unchanged = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                if (written.Results[i] is not { } result)
                {
                    continue;
                }

                Results?.Add(result);
                _ = result.Outcome switch
                {
                    RecordWriteOutcome.Inserted => ++inserted,
                    RecordWriteOutcome.Updated => ++updated,
                    _ => ++unchanged,
                };
                records.Add(
                    new
                    {
                        keyHash = AuditHashing.HashValue(hashKey, resource.ApiName, batch[i].Patch.Key),
                        outcome = result.Outcome.ToString(),
                        changedItems = result.ChangedItems,
                    }
                );
            }

            Inserted += inserted;
            Updated += updated;
            Unchanged += unchanged;
            batch.Clear();
            if (records.Count > 0)
            {
                await AddEventAsync(records, inserted, updated, unchanged, ct);
            }
        }

        private async Task AddEventAsync(List<object> records, long inserted, long updated, long unchanged, CancellationToken ct)
        {
            governance.Events.Add(
                new GovernanceEventRow
                {
                    Time = clock.GetUtcNow(),
                    Actor = caller.UserId,
                    Kind = GovernanceStore.RecordsWritten,
                    Subject = resource.ApiName,
                    Resource = resource.ApiName,
                    After = JsonSerializer.Serialize(
                        new
                        {
                            channel = options.Channel,
                            department = caller.Department,
                            app = caller.App,
                            inserted,
                            updated,
                            unchanged,
                            records,
                        }
                    ),
                }
            );
            await governance.SaveChangesAsync(ct);
            governance.ChangeTracker.Clear();
        }

        private static string Message(string code) =>
            code == ErrorCodes.RecordWrites.RecordDeleted
                ? "An approved deletion hid the record; its key stays deleted."
                : "The key was given earlier in the same call.";
    }
}
