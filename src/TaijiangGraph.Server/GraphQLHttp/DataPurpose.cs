using GraphQL.Transport;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>
/// The purpose (用途) a request states, checked by <see cref="PurposeText"/>'s rule: <c>extensions.purpose</c> (a
/// string; anything else is invalid), else the one <c>X-Data-Purpose</c> header holding percent-encoded UTF-8
/// (header values cannot carry Chinese text as is). See docs/policy.md.
/// </summary>
internal static class DataPurpose
{
    public const string Header = "X-Data-Purpose";

    /// <summary>The purpose of one operation: its <c>extensions.purpose</c> when present, else the header's.</summary>
    public static PurposeText Read(HttpRequest http, GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue("purpose", out var value) == true && value is not null)
        {
            return value is string text ? PurposeText.Parse(text) : PurposeText.Invalid("extensions.purpose is not a string");
        }

        return FromHeader(http);
    }

    /// <summary>The purpose of the <c>X-Data-Purpose</c> header (missing when absent; invalid when repeated).</summary>
    public static PurposeText FromHeader(HttpRequest http)
    {
        var values = http.Headers[Header];
        return values.Count switch
        {
            0 => PurposeText.Missing,
            1 => PurposeText.FromPercentEncoded(values[0]),
            _ => PurposeText.Invalid($"the {Header} header is given more than once"),
        };
    }
}
