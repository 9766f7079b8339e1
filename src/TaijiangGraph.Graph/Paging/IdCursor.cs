using System.Globalization;
using GraphQL;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Graph.Paging;

/// <summary>
/// The cursor of governance lists (audit log, event log): the id of the last row returned, newest first. Not
/// secret — visibility is applied again on every page.
/// </summary>
internal static class IdCursor
{
    public static string Of(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id to continue below, or null without a cursor.</summary>
    /// <exception cref="ExecutionError">The cursor is not an id (<c>INVALID_CURSOR</c>).</exception>
    public static long? Parse(string? after) =>
        after is null ? null
        : long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
        : throw new ExecutionError("The cursor is not valid.") { Code = ErrorCodes.Policy.InvalidCursor };
}
