using GraphQL;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Versions;

/// <summary>
/// What the history and deletion fields do (docs/data-in.md, "Record history" and "Deletion"): the resource and key of the
/// arguments (an unknown or unpublished resource is <c>UNKNOWN_ITEM</c>, a key that does not fit the key item's type
/// <c>TYPE_MISMATCH</c>), who sees which history (<see cref="RecordHistoryAccess"/>), and the path of every deletion step: the
/// request the caller may see (else <c>UNKNOWN_DELETION_REQUEST</c>), the optional version checked (<c>STALE_STATE</c>), the rules,
/// then the store.
/// </summary>
internal sealed class VersionResolvers(
    IDatasetRecordWriter records,
    IDatasetReader reader,
    IRecordDeletionStore deletions,
    TimeProvider clock
)
{
    public IRecordDeletionStore Deletions => deletions;

    /// <summary>
    /// The history of the record of <paramref name="keyText"/> as the caller may see it: with values for the provider's writers
    /// (audited as a read of the changed items, by the key's hash), without for the bureau, without and only for a record the caller
    /// reads by its key for anyone else; an empty list otherwise, exactly as for an unknown key.
    /// </summary>
    public async Task<IReadOnlyList<ShownHistoryEntry>> HistoryAsync(
        GraphRequestContext request,
        string resourceName,
        string keyText,
        CancellationToken ct
    )
    {
        var (resource, key) = Parse(request, resourceName, keyText);
        var view = RecordHistoryAccess.Of(request.Principal, resource);
        var history = await records.HistoryAsync(request.Catalog, resource, key, ct);
        if (view == RecordHistoryView.WhenKeyReadable && !await ReadsKeyAsync(request, resource, key, history, ct))
        {
            return [];
        }

        var withValues = view == RecordHistoryView.WithValues;
        if (withValues && history.Any(e => e.PreviousValuesJson is not null))
        {
            var log = request.Audit.For(resource);
            request.Audit.Predicate(resource, new ItemCondition(resource.Key.ApiName, FilterOperator.Eq, key));
            foreach (var item in history.Where(e => e.PreviousValuesJson is not null).SelectMany(e => e.ChangedItems).Distinct())
            {
                log.Field(item, AccessDecision.Raw());
            }
        }

        return [.. history.Select(e => new ShownHistoryEntry(e, withValues))];
    }

    /// <summary>A new pending request of the caller to delete the record of <paramref name="keyText"/>.</summary>
    public async Task<RecordDeletionRequest> RequestAsync(
        GraphRequestContext request,
        string resourceName,
        string keyText,
        string? reason,
        CancellationToken ct
    )
    {
        var resource = Resource(request, resourceName);
        var caller = request.Principal;
        var now = clock.GetUtcNow();
        if (!RecordDeletionRules.MayRequest(caller, resource))
        {
            throw VersionErrors.Refused(RecordDeletionRules.Request("", caller, resource, keyText, reason, now));
        }

        var (_, key) = Parse(request, resourceName, keyText);
        var outcome = RecordDeletionRules.Request(deletions.NewRequestId(now), caller, resource, RecordKeys.Canonical(key), reason, now);
        if (!outcome.Succeeded)
        {
            throw VersionErrors.Refused(outcome);
        }

        var history = await records.HistoryAsync(request.Catalog, resource, key, ct);
        if (IsDeleted(history) || await reader.CountAsync(request.Catalog, resource, KeyIs(resource, key), ct) == 0)
        {
            throw VersionErrors.RecordNotFound(resource);
        }

        outcome = await deletions.RequestAsync(outcome.Request!, caller.UserId, ct);
        return outcome.Succeeded ? outcome.Request! : throw VersionErrors.Refused(outcome);
    }

    /// <summary>
    /// Takes the decision <paramref name="take"/> on the request of the field's <c>id</c> argument, as the caller, at the clock's now,
    /// and stores it (an approval marks the record deleted); the request as it now stands, or the refusal as an error.
    /// </summary>
    public async Task<RecordDeletionRequest> DecideAsync(
        IResolveFieldContext context,
        Func<RecordDeletionRequest, Principal, DateTimeOffset, RecordDeletionOutcome> take
    )
    {
        var request = context.Request();
        var id = context.GetArgument<string>("id");
        var before = await VisibleAsync(request, id, context.CancellationToken) ?? throw VersionErrors.UnknownRequest(id);
        if (context.GetArgument<int?>("version") is { } version && version != before.Version)
        {
            throw VersionErrors.Stale(before, version);
        }

        var outcome = take(before, request.Principal, clock.GetUtcNow());
        if (!outcome.Succeeded)
        {
            throw VersionErrors.Refused(outcome);
        }

        outcome = await deletions.DecideAsync(before, outcome, request.Catalog, request.Principal.UserId, context.CancellationToken);
        return outcome.Succeeded ? outcome.Request! : throw VersionErrors.Refused(outcome);
    }

    /// <summary>The request <paramref name="id"/> when the caller may see it, else null (unknown and invisible alike).</summary>
    public async Task<RecordDeletionRequest?> VisibleAsync(GraphRequestContext request, string id, CancellationToken ct)
    {
        var found = await deletions.FindAsync(id, ct);
        return found is not null && RecordDeletionRules.CanSee(found, request.Principal) ? found : null;
    }

    /// <summary>The requests the caller may see in <paramref name="state"/>, newest first: all for the bureau, a department's own
    /// otherwise.</summary>
    public Task<IReadOnlyList<RecordDeletionRequest>> VisibleListAsync(
        GraphRequestContext request,
        RecordDeletionState? state,
        int take,
        CancellationToken ct
    ) => deletions.ListAsync(state, request.Principal.IsBureau ? null : request.Principal.Department, take, ct);

    /// <summary>
    /// Whether the caller reads the record of <paramref name="key"/> by its key through a normal read: the key item readable unmasked,
    /// the record not deleted and within the row scope of that access.
    /// </summary>
    private async Task<bool> ReadsKeyAsync(
        GraphRequestContext request,
        CatalogResource resource,
        object key,
        IReadOnlyList<RecordHistoryEntry> history,
        CancellationToken ct
    )
    {
        var decision = request.Access.Decide(resource, resource.Key);
        if (decision.Kind != AccessKind.Raw || IsDeleted(history))
        {
            return false;
        }

        var filter = RowScopeFilters.And(KeyIs(resource, key), RowScopeFilters.Of(decision.RowScopes));
        return await reader.CountAsync(request.Catalog, resource, filter, ct) > 0;
    }

    private static bool IsDeleted(IReadOnlyList<RecordHistoryEntry> history) =>
        history.Count > 0 && history[^1].Kind == RecordChangeKind.Deleted;

    private static ItemCondition KeyIs(CatalogResource resource, object key) => new(resource.Key.ApiName, FilterOperator.Eq, key);

    private static CatalogResource Resource(GraphRequestContext request, string name) =>
        request.Catalog.PublishedResources.FirstOrDefault(r => r.ApiName == name) ?? throw VersionErrors.UnknownResource(name);

    private static (CatalogResource Resource, object Key) Parse(GraphRequestContext request, string resourceName, string keyText)
    {
        var resource = Resource(request, resourceName);
        return (resource, RecordKeys.Parse(resource.Key, keyText) ?? throw VersionErrors.BadKey(resource));
    }
}
