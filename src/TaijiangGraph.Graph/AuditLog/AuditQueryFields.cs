using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.AuditLog;

/// <summary>
/// Reading the trail: <c>auditLog</c> (the bureau: everything; a department: its own accesses and accesses to
/// the resources it provides), <c>recordAccesses</c> (the provider and the bureau: who read one record, when,
/// why — the service hashes the key given), <c>verifyAuditChain</c> (the bureau).
/// </summary>
internal static class AuditQueryFields
{
    public static void AddTo(ObjectGraphType query, IAuditQueries store, IKeyRing keys)
    {
        query
            .Field<NonNullGraphType<AuditLogPageType>>("auditLog")
            .Description("Usage records, newest first. The bureau sees all; a department its own accesses and accesses to its resources.")
            .Argument<StringGraphType>("department")
            .Argument<StringGraphType>("user")
            .Argument<StringGraphType>("resource")
            .Argument<StringGraphType>("item")
            .Argument<AuditOutcomeEnum>("outcome")
            .Argument<StringGraphType>("signatureHash", "Only accesses by operations with this signature hash.")
            .Argument<DateTimeOffsetGraphType>("from")
            .Argument<DateTimeOffsetGraphType>("to")
            .Argument<IntGraphType>("first", "Page size, 1 to 100 (default 50).")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var request = c.Request();
                var first = c.GetArgument<int?>("first") ?? 50;
                if (first is < 1 or > 100)
                {
                    throw new ExecutionError("'first' must be between 1 and 100.") { Code = ErrorCodes.Limits.PageSizeExceeded };
                }

                var query = Visibility(request) with
                {
                    Department = c.GetArgument<string?>("department"),
                    UserId = c.GetArgument<string?>("user"),
                    Resource = c.GetArgument<string?>("resource"),
                    Item = c.GetArgument<string?>("item"),
                    Outcome = c.GetArgument<AuditOutcome?>("outcome"),
                    SignatureHash = c.GetArgument<string?>("signatureHash"),
                    From = c.GetArgument<DateTimeOffset?>("from"),
                    To = c.GetArgument<DateTimeOffset?>("to"),
                    BeforeId = IdCursor.Parse(c.GetArgument<string?>("after")),
                    Take = first + 1,
                };
                return await Page(c, store, query, first);
            });

        query
            .Field<NonNullGraphType<AuditLogPageType>>("recordAccesses")
            .Description(
                "Who read one record, when and why (the provider of the "
                    + "resource and the "
                    + "bureau). "
                    + "Give the "
                    + "record's "
                    + "key; the "
                    + "service hashes it."
            )
            .Argument<NonNullGraphType<StringGraphType>>("resource", "API name of the resource.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The record's key value.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var request = c.Request();
                var resource = request.Catalog.FindResource(c.GetArgument<string>("resource"));
                if (resource is null || !(request.Principal.IsBureau || request.Principal.Department == resource.Provider))
                {
                    throw new ExecutionError(
                        "Only the provider of the " + "resource and the " + "bureau may ask " + "who read " + "its records."
                    )
                    {
                        Code = ErrorCodes.Governance.Forbidden,
                    };
                }

                var key = keys.Current(KeyPurposes.AuditHash).Secret;
                var first = Math.Clamp(c.GetArgument<int?>("first") ?? 50, 1, 100);
                var query = new AuditQuery
                {
                    Resource = resource.ApiName,
                    KeyHash = AuditHashing.Hash(key.Span, resource.ApiName, c.GetArgument<string>("key")),
                    BeforeId = IdCursor.Parse(c.GetArgument<string?>("after")),
                    Take = first + 1,
                };
                return await Page(c, store, query, first);
            });

        query
            .Field<NonNullGraphType<ChainVerificationType>>("verifyAuditChain")
            .Description("Verifies the tamper-evident chains of every writer node (the bureau); reports the first broken record.")
            .Argument<DateTimeOffsetGraphType>("from")
            .Argument<DateTimeOffsetGraphType>("to")
            .ResolveAsync(async c =>
            {
                if (!c.Request().Principal.IsBureau)
                {
                    throw new ExecutionError("Only the bureau verifies the audit chain.") { Code = ErrorCodes.Governance.Forbidden };
                }

                var key = keys.Current(KeyPurposes.AuditChain).Secret;
                return await store.VerifyAsync(
                    key,
                    c.GetArgument<DateTimeOffset?>("from"),
                    c.GetArgument<DateTimeOffset?>("to"),
                    c.CancellationToken
                );
            });
    }

    private static AuditQuery Visibility(GraphRequestContext request) =>
        request.Principal.IsBureau
            ? new AuditQuery()
            : new AuditQuery
            {
                VisibleToDepartment = request.Principal.Department,
                ProvidedResources = request.Catalog.ApiNamesProvidedBy(request.Principal.Department),
            };

    private static async Task<AuditLogPage> Page(IResolveFieldContext c, IAuditQueries store, AuditQuery query, int first)
    {
        var entries = await store.QueryAsync(query, c.CancellationToken);
        var page = entries.Take(first).ToList();
        return new AuditLogPage(page, entries.Count > first, page.Count == 0 ? null : IdCursor.Of(page[^1].Id));
    }
}
