using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Graph.Auditing;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Server.Auditing;

/// <summary>
/// The HTTP side of the usage records: where a request came from (<see cref="RequestOrigin"/>), and the REJECTED record
/// of a request refused at the HTTP layer. The outcome rules of executed operations are <see cref="UsageRecords"/>.
/// </summary>
internal static class HttpUsageRecords
{
    public static RequestOrigin Origin(HttpContext http, string mediumType, string requestId) =>
        new(requestId, http.Request.Method, mediumType, http.Connection.RemoteIpAddress?.ToString());

    /// <summary>
    /// The REJECTED record of a request refused at the HTTP layer (bad body, media type, method), with the purpose
    /// its <c>X-Data-Purpose</c> header stated when that one is valid (normalised).
    /// </summary>
    public static AuditRecord Rejected(
        HttpContext http,
        Principal principal,
        string code,
        string mediumType,
        DateTimeOffset now,
        PurposeText headerPurpose
    ) =>
        UsageRecords.Common(principal, Origin(http, mediumType, http.TraceIdentifier), now) with
        {
            Outcome = AuditOutcome.Rejected,
            Codes = [code],
            Purpose = headerPurpose.Value,
        };
}
