using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Versions;

/// <summary>
/// The fields of record versions and deletions (docs/data-in.md, "Record history" and "Deletion"): <c>recordHistory</c>,
/// <c>recordDeletionRequest</c> and <c>recordDeletionRequests</c> on the query; <c>requestRecordDeletion</c>,
/// <c>approveRecordDeletion</c> and <c>rejectRecordDeletion</c> on the mutation. They need no purpose.
/// </summary>
internal static class RecordVersionFields
{
    private const int DefaultPage = 50;
    private const int MaxPage = 100;

    private const string VersionHelp = "The version read; when the request moved on since, the decision is refused (STALE_STATE).";

    public static void AddQueryTo(ObjectGraphType query, VersionResolvers versions)
    {
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordHistoryEntryType>>>>("recordHistory")
            .Description(
                "A record's versions, oldest first. Previous values only to the provider's writers; the bureau sees every entry without "
                    + "values; anyone else the entries of a record it reads by its key, else an empty list as for an unknown key."
            )
            .Argument<NonNullGraphType<StringGraphType>>("resource", "API name of the resource.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The record's key value, as text.")
            .ResolveAsync(async c =>
                await versions.HistoryAsync(
                    c.Request(),
                    c.GetArgument<string>("resource"),
                    c.GetArgument<string>("key"),
                    c.CancellationToken
                )
            );
        query
            .Field<RecordDeletionRequestType>("recordDeletionRequest")
            .Description("A record deletion request by id; null when unknown or not the caller's to see (the provider and the bureau).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await versions.VisibleAsync(c.Request(), c.GetArgument<string>("id"), c.CancellationToken));
        query
            .Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordDeletionRequestType>>>>("recordDeletionRequests")
            .Description("The record deletion requests the caller may see, newest first: all for the bureau, a department's own.")
            .Argument<RecordDeletionStateEnum>("state")
            .Argument<IntGraphType>("first", "1 to 100, default 50.")
            .ResolveAsync(async c =>
                await versions.VisibleListAsync(
                    c.Request(),
                    c.GetArgument<RecordDeletionState?>("state"),
                    Math.Clamp(c.GetArgument<int?>("first") ?? DefaultPage, 1, MaxPage),
                    c.CancellationToken
                )
            );
    }

    public static void AddMutationTo(ObjectGraphType mutation, VersionResolvers versions)
    {
        mutation
            .Field<RecordDeletionRequestType>("requestRecordDeletion")
            .Description("Ask the bureau to delete one record, with a reason (the provider department, roles department or cdo).")
            .Argument<NonNullGraphType<StringGraphType>>("resource", "API name of the resource.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The record's key value, as text.")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c =>
                await versions.RequestAsync(
                    c.Request(),
                    c.GetArgument<string>("resource"),
                    c.GetArgument<string>("key"),
                    c.GetArgument<string?>("reason"),
                    c.CancellationToken
                )
            );
        mutation
            .Field<RecordDeletionRequestType>("approveRecordDeletion")
            .Description("Approve a pending deletion request (bureau): the record is hidden from every read; its versions stay.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c => await versions.DecideAsync(c, RecordDeletionRules.Approve));
        mutation
            .Field<RecordDeletionRequestType>("rejectRecordDeletion")
            .Description("Reject a pending deletion request, with a reason (bureau): the record stays.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<IntGraphType>("version", VersionHelp)
            .ResolveAsync(async c =>
                await versions.DecideAsync(c, (r, caller, now) =>
                    RecordDeletionRules.Reject(r, caller, c.GetArgument<string?>("reason"), now)
                )
            );
    }
}
