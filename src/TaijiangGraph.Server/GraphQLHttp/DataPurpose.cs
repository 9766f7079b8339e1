using GraphQL.Transport;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>
/// The purpose (用途) a request states: <c>extensions.purpose</c>, else the <c>X-Data-Purpose</c> header holding
/// percent-encoded UTF-8 (header values cannot carry Chinese text as is).
/// </summary>
public static class DataPurpose
{
    public const string Header = "X-Data-Purpose";

    public static string? Read(HttpRequest http, GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue("purpose", out var value) == true && value is string fromBody)
        {
            return fromBody;
        }

        var header = http.Headers[Header].FirstOrDefault();
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        try
        {
            return Uri.UnescapeDataString(header);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
