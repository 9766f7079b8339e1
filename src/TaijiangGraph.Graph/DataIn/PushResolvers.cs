using System.Collections;
using GraphQL;
using GraphQL.Resolvers;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Graph.Policy;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.DataIn;

/// <summary>
/// Resolves the push mutations (docs/data-in.md, "The push") through <see cref="IRecordIntake"/>, all or nothing: the provider
/// check (the data-access rule refused anyone else before execution; checked again here, and the intake's own refusal is
/// answered alike), the cap, then the records as patches. Any refused record fails the call with <see cref="PushErrors.Refused"/>
/// and nothing written; otherwise the answer is the counts and every record's result.
/// </summary>
internal sealed class PushResolvers(IRecordIntake intake)
{
    /// <summary>The name <see cref="RecordIntakeOptions.Channel"/> gives pushes in governance events.</summary>
    public const string Channel = "push";

    private static readonly RecordIntakeOptions Options = new() { Channel = Channel, KeepResults = true };

    public IFieldResolver Push(RecordInputType input) => new FuncFieldResolver<object?>(async c => await PushAsync(c, input));

    private async Task<object?> PushAsync(IResolveFieldContext c, RecordInputType input)
    {
        var request = c.Request();
        var resource = input.Resource;
        if (!RecordWriteAccess.MayWrite(request.Principal, resource))
        {
            throw PushErrors.Forbidden(resource);
        }

        var records = Records(c);
        if (records.Count > DataLimits.MaxRecordsPerPush)
        {
            throw PushErrors.TooMany(resource, records.Count, DataLimits.MaxRecordsPerPush);
        }

        RecordIntakeResult result;
        try
        {
            var patches = records.Select(input.Patch).ToList();
            result = await intake.WriteAsync(
                request.Principal,
                request.Catalog,
                resource,
                patches.ToAsyncEnumerable(),
                Options,
                c.CancellationToken
            );
        }
        catch (RecordWriteForbiddenException)
        {
            throw PushErrors.Forbidden(resource);
        }

        if (result.Refused.Count > 0)
        {
            request.Audit.For(resource).Code(ErrorCodes.RecordWrites.RecordsRefused);
            throw PushErrors.Refused(resource, result.Refused);
        }

        return result;
    }

    /// <summary>The coerced <c>records</c> argument: one dictionary of the given fields per record.</summary>
    private static List<IDictionary<string, object?>> Records(IResolveFieldContext c) =>
        c.Arguments is { } arguments
        && arguments.TryGetValue(PushMutationFields.RecordsArgument, out var value)
        && value.Value is IEnumerable list
            ? [.. list.OfType<IDictionary<string, object?>>()]
            : [];
}
