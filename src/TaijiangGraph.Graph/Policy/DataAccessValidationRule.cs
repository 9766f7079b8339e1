using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Lookups;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Graph.Errors;
using TaijiangGraph.Graph.Filtering;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Planning;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Graph.Sorting;

namespace TaijiangGraph.Graph.Policy;

/// <summary>
/// Rejects a request before any data is read when it uses an item as a predicate (filter, sort, by-key
/// argument, link or reverse link) that the caller cannot read unmasked — except <c>eq</c>/<c>in</c> on a
/// lookup key read masked, at most <see cref="RequestBudget.MaxLookupValues"/> values per HTTP request and
/// only while the caller's lookup budget (<see cref="ILookupBudget"/>) can reserve them —
/// or pages beyond the limit, or presents a cursor issued for anything else, or reads data without a
/// purpose, or states a purpose that breaks <see cref="PurposeText"/>'s rule (data read or not). Runs on
/// resolved argument values, so variables cannot bypass it. Its output is the request's plans: while visiting it
/// parses each data field's arguments and decodes its cursor once, and when it leaves the document — the items each
/// resource is used with known, so the row scope final — it builds one immutable <see cref="FieldPlan"/> per data
/// field that passed and keeps them in the <see cref="GraphRequestContext"/> (docs/architecture.md, request path).
/// </summary>
internal sealed class DataAccessValidationRule(CursorCodec cursors, ILookupBudget lookupBudget) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is not GraphRequestContext request)
        {
            return default;
        }

        var state = new State(request, cursors, lookupBudget);
        return new(
            new NodeVisitors(
                new MatchingNodeVisitor<GraphQLField>((field, ctx) => state.Visit(field, ctx)),
                new DocumentLeaveVisitor(state.FinishAsync)
            )
        );
    }

    private sealed class State(GraphRequestContext request, CursorCodec cursors, ILookupBudget lookupBudget)
    {
        private readonly RequestPlanner _planner = new(request.Access);
        private int _lookups;
        private GraphQLField? _firstDataField;

        public void Visit(GraphQLField field, ValidationContext ctx)
        {
            var definition = ctx.TypeInfo.GetFieldDef();
            var resource = definition?.Resource();
            if (definition is null || resource is null)
            {
                return;
            }

            var item = definition.Item();
            var errors = ctx.Errors.Count();
            switch (definition.Role())
            {
                case DataFieldRole.Item:
                    _planner.Use(resource, item!);
                    break;
                case DataFieldRole.Link:
                    RequireRaw(ctx, field, resource, item!, "Following this link");
                    Plan(ctx, errors, FieldDrafts.Of(ctx, field, definition, request.Access));
                    break;
                case DataFieldRole.ByKey:
                    _firstDataField ??= field;
                    var key = resource.Key;
                    var keyValue =
                        ctx.ArgumentValues?.TryGetValue(field, out var keyArgs) == true
                        && keyArgs.TryGetValue(GraphNames.Camel(key.ApiName), out var k)
                            ? k
                            : default;
                    if (keyValue.Value is not null)
                    {
                        request.Audit.Predicate(resource, new ItemCondition(key.ApiName, FilterOperator.Eq, keyValue.Value));
                    }

                    object? normalized;
                    try
                    {
                        normalized = ItemValues.Normalize(key, keyValue.Value);
                    }
                    catch (ArgumentException e)
                    {
                        ctx.ReportError(new DataAccessError(ErrorCodes.Policy.InvalidArgument, e.Message, field, resource.ApiName));
                        break;
                    }

                    CheckPredicate(ctx, field, resource, key, FilterOperator.Eq, 1, [normalized]);
                    Plan(ctx, errors, FieldDrafts.Of(ctx, field, definition, request.Access) with { Key = normalized });
                    break;
                case DataFieldRole.Connection:
                    _firstDataField ??= field;
                    request.Audit.For(resource); // so that a request rejected before execution is recorded with the resource it asked for
                    Plan(ctx, errors, CheckConnection(ctx, field, definition, resource, ctx.TypeInfo.GetParentType()!));
                    break;
                case DataFieldRole.Reverse:
                    RequireRaw(ctx, field, resource, item!, "Following this reverse link");
                    var parent = request.Catalog.FindResource(item!.Reference!.Resource)!;
                    RequireRaw(ctx, field, parent, parent.Key, "Following this reverse link");
                    Plan(ctx, errors, CheckConnection(ctx, field, definition, resource, ctx.TypeInfo.GetParentType()!));
                    break;
                case DataFieldRole.Push:
                    CheckPush(ctx, field, resource);
                    break;
            }
        }

        /// <summary>
        /// A push (docs/data-in.md, "The push"): the provider's alone — anyone else is refused here, before anything is read or
        /// written, and the REJECTED record is filed under the resource — and at most <see cref="DataLimits.MaxRecordsPerPush"/>
        /// records. It reads no data, so it needs no purpose.
        /// </summary>
        private void CheckPush(ValidationContext ctx, GraphQLField field, CatalogResource resource)
        {
            request.Audit.For(resource);
            if (!RecordWriteAccess.MayWrite(request.Principal, resource))
            {
                var message =
                    $"Only the provider department of '{resource.ApiName}' "
                    + "(its department or cdo users, or its apps) may write its records.";
                ctx.ReportError(new DataAccessError(ErrorCodes.Governance.Forbidden, message, field, resource.ApiName));
                return;
            }

            var count =
                ctx.ArgumentValues?.TryGetValue(field, out var args) == true
                && args.TryGetValue("records", out var records)
                && records.Value is System.Collections.ICollection list
                    ? list.Count
                    : 0;
            if (count > DataLimits.MaxRecordsPerPush)
            {
                var message = $"A push takes at most {DataLimits.MaxRecordsPerPush} records; this one has {count}.";
                ctx.ReportError(new DataAccessError(ErrorCodes.Limits.TooManyRecords, message, field, resource.ApiName));
            }
        }

        /// <summary>Keeps a field's draft when its checks reported nothing: a refused field gets no plan.</summary>
        private void Plan(ValidationContext ctx, int errorsBefore, FieldDraft? draft)
        {
            if (draft is not null && ctx.Errors.Count() == errorsBefore)
            {
                _planner.Add(draft);
            }
        }

        public async ValueTask FinishAsync(GraphQLDocument document, ValidationContext ctx)
        {
            // Every item the request uses is known now, so the row scopes are final: the plans are built once, here.
            request.Adopt(_planner.Build());

            if (_lookups > 0 && !request.Budget.TryUseLookups(_lookups))
            {
                ctx.ReportError(
                    new DataAccessError(
                        ErrorCodes.Policy.LookupLimitExceeded,
                        $"At most {request.Budget.MaxLookupValues} lookup "
                            + $"values on "
                            + $"masked lookup "
                            + $"keys per "
                            + $"request (this "
                            + $"request: "
                            + $"{request.Budget.LookupValues}).",
                        document
                    )
                );
            }

            // A stated purpose that breaks the rule refuses the request, data read or not: it would be recorded as stated.
            if (request.Purpose.Problem is { } problem)
            {
                ctx.ReportError(
                    new DataAccessError(
                        ErrorCodes.Policy.InvalidPurpose,
                        $"The purpose (用途) is refused: {problem}. "
                            + $"State 1 to "
                            + $"{PurposeText.MaxLength} "
                            + $"characters with "
                            + $"at least "
                            + $"one letter "
                            + $"and no control or invisible characters.",
                        document
                    )
                );
            }
            else if (_firstDataField is not null && !request.Purpose.IsValid)
            {
                ctx.ReportError(
                    new DataAccessError(
                        ErrorCodes.Policy.PurposeRequired,
                        $"Data reads need a purpose (用途) of 1 to "
                            + $"{PurposeText.MaxLength} "
                            + $"characters: "
                            + $"extensions.purpose, or the "
                            + $"X-Data-Purpose header percent-encoded as UTF-8.",
                        _firstDataField
                    )
                );
            }

            // The budget is reserved last, and only for a request that would otherwise run: nothing is read before it.
            if (request.Lookups.Uses.Count > 0 && !ctx.HasErrors)
            {
                request.Lookups.Reservation = await lookupBudget.TryReserveAsync(
                    request.Principal,
                    request.Lookups.Uses,
                    ctx.CancellationToken
                );
                if (request.Lookups.Reservation is null)
                {
                    ctx.ReportError(
                        new DataAccessError(
                            ErrorCodes.Policy.LookupBudgetExhausted,
                            "The daily budget of lookups that match no record "
                                + "is used up "
                                + "for this "
                                + "caller or "
                                + "department; lookups "
                                + "are refused "
                                + "until it frees up (rolling 24 hours).",
                            document
                        )
                    );
                }
            }
        }

        /// <summary>Checks a connection's arguments, parsed and decoded once; their draft, or null when one does not parse or
        /// decode.</summary>
        private FieldDraft? CheckConnection(
            ValidationContext ctx,
            GraphQLField field,
            FieldType definition,
            CatalogResource resource,
            IGraphType parentType
        )
        {
            var args = ctx.ArgumentValues?.TryGetValue(field, out var values) == true ? values : null;
            object? Arg(string name) => args?.TryGetValue(name, out var v) == true ? v.Value : null;

            FilterNode? where;
            IReadOnlyList<SortKey> order;
            ChangedAfterCondition? updatedSince;
            try
            {
                where = FilterArgumentParser.Parse(resource, Arg("where"));
                order = SortArgumentParser.Parse(resource, Arg("order"));
                updatedSince = UpdatedSinceArgument.Parse(Arg("updatedSince"));
            }
            catch (ArgumentException e)
            {
                ctx.ReportError(new DataAccessError(ErrorCodes.Policy.InvalidArgument, e.Message, field, resource.ApiName));
                return null;
            }

            foreach (var condition in where?.Conditions() ?? [])
            {
                request.Audit.Predicate(resource, condition);
                if (condition.ValueCount > DataLimits.MaxInListValues)
                {
                    ctx.ReportError(
                        new DataAccessError(
                            ErrorCodes.Limits.InListTooLong,
                            $"An in/nin list holds at most " + $"{DataLimits.MaxInListValues} values.",
                            field,
                            resource.ApiName,
                            condition.Item
                        )
                    );
                }

                CheckPredicate(
                    ctx,
                    field,
                    resource,
                    resource.FindItem(condition.Item)!,
                    condition.Operator,
                    condition.ValueCount,
                    ValuesOf(condition)
                );
            }

            foreach (var key in order)
            {
                RequireRaw(ctx, field, resource, resource.FindItem(key.Item)!, "Sorting by this item");
            }

            var first = Arg("first") as int? ?? DataLimits.DefaultPageSize;
            if (first is < 1 or > DataLimits.MaxPageSize)
            {
                ctx.ReportError(
                    new DataAccessError(
                        ErrorCodes.Limits.PageSizeExceeded,
                        $"'first' must be between 1 and " + $"{DataLimits.MaxPageSize}.",
                        field,
                        resource.ApiName
                    )
                );
            }

            // updatedSince is part of the caller's filter, so the cursor binding signs it too (docs/data-in.md, "Incremental reads").
            where = RowScopeFilters.And(where, updatedSince);

            // The binding is built here only: the resolvers encode their cursors with the plan's.
            var binding = new CursorBinding(
                request.Principal.Department,
                request.Catalog.Version,
                parentType.Name + "." + definition.Name,
                CursorSignature.Of(where, order)
            );
            KeysetPosition? position = null;
            if (Arg("after") is string after)
            {
                position = cursors.Decode(after, binding, order.Select(k => resource.FindItem(k.Item)!).ToList());
                if (position is null)
                {
                    ctx.ReportError(
                        new DataAccessError(
                            ErrorCodes.Policy.InvalidCursor,
                            "The cursor is not valid for " + "this caller, " + "field, filter and order.",
                            field,
                            resource.ApiName
                        )
                    );
                    return null;
                }
            }

            return FieldDrafts.Of(ctx, field, definition, request.Access) with
            {
                Where = where,
                Order = order,
                First = first,
                Position = position,
                Binding = binding,
            };
        }

        private void CheckPredicate(
            ValidationContext ctx,
            GraphQLField field,
            CatalogResource resource,
            CatalogItem item,
            FilterOperator op,
            int values,
            IEnumerable<object?> lookupValues
        )
        {
            _planner.Use(resource, item);
            request.Audit.For(resource).Predicate(item.ApiName, []);
            var decision = request.Access.Decide(resource, item);
            if (decision.Kind == AccessKind.Raw)
            {
                return;
            }

            if (
                decision.Kind == AccessKind.Masked
                && item.IsLookup
                && item.Mask != MaskingRule.Hash
                && op is FilterOperator.Eq or FilterOperator.In
            )
            {
                _lookups += values;
                request.Lookups.Add(resource, item, lookupValues.OfType<object>());
                return;
            }

            Forbid(ctx, field, resource, item, "Filtering by this item");
        }

        private void RequireRaw(ValidationContext ctx, GraphQLField field, CatalogResource resource, CatalogItem item, string what)
        {
            _planner.Use(resource, item);
            request.Audit.For(resource).Predicate(item.ApiName, []);
            if (request.Access.Decide(resource, item).Kind != AccessKind.Raw)
            {
                Forbid(ctx, field, resource, item, what);
            }
        }

        private static IEnumerable<object?> ValuesOf(ItemCondition condition) =>
            condition.Value is System.Collections.IList list ? list.Cast<object?>() : [condition.Value];

        private static void Forbid(ValidationContext ctx, GraphQLField field, CatalogResource resource, CatalogItem item, string what) =>
            ctx.ReportError(
                new DataAccessError(
                    ErrorCodes.Policy.ForbiddenFilter,
                    $"{what} requires reading "
                        + $"{resource.ApiName}.{item.ApiName} "
                        + $"unmasked, "
                        + $"which the "
                        + $"caller may not.",
                    field,
                    resource.ApiName,
                    item.ApiName
                )
            );
    }

    /// <summary>Runs an asynchronous step when the walk leaves the document.</summary>
    private sealed class DocumentLeaveVisitor(Func<GraphQLDocument, ValidationContext, ValueTask> leave) : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context) => default;

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) =>
            node is GraphQLDocument document ? leave(document, context) : default;
    }
}
