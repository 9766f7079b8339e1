using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// The requests of a run. Each touches exactly one resource (最低生活保障信息, provided by TJ-MZ, read by a TJ-MZ
/// user), so it writes exactly one audit record; its purpose <c>{prefix}-{n}</c> is unique and is stored in the
/// record, which is how a response seen by the client is matched to its record.
/// </summary>
internal static class LoadRequests
{
    private const string PageQuery = "query LoadPage { subsistenceAllowances(first: 5) { nodes { caseNo } } }";
    private const string LookupQuery = "query LoadLookup($caseNo: String!) { subsistenceAllowance(caseNo: $caseNo) { caseNo } }";
    private const string CatalogQuery = "query LoadCatalog { me { user } }";

    /// <summary>The request shapes: <c>mixed</c> (default), <c>page</c>, <c>lookup</c>, <c>catalog</c> (no resource: one record with
    /// resource null).</summary>
    public static readonly IReadOnlyList<string> Shapes = ["mixed", "page", "lookup", "catalog"];

    public static string Purpose(string prefix, int n) => prefix + "-" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Mixed: even requests read a page, odd ones look one record up by its key (its hash goes to the trail).</summary>
    public static HttpContent Body(string prefix, int n, string shape)
    {
        var purpose = Purpose(prefix, n);
        var json =
            shape == "catalog" ? JsonSerializer.Serialize(new { query = CatalogQuery, extensions = new { purpose } })
            : shape == "page" || (shape == "mixed" && n % 2 == 0)
                ? JsonSerializer.Serialize(new { query = PageQuery, extensions = new { purpose } })
            : JsonSerializer.Serialize(
                new
                {
                    query = LookupQuery,
                    variables = new { caseNo = "DB350103" + (n % 50 + 1).ToString("D10", CultureInfo.InvariantCulture) },
                    extensions = new { purpose },
                }
            );
        var content = new StringContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>
    /// One keep-alive HTTP/1.1 connection per worker, loopback only, bounded per-request time; a bearer token when given.
    /// </summary>
    public static HttpClient Client(Uri baseAddress, string? token, int concurrency)
    {
        if (!baseAddress.IsLoopback)
        {
            throw new ArgumentException($"The harness drives loopback addresses only, not {baseAddress}.");
        }

        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseProxy = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestVersion = System.Net.HttpVersion.Version11;
        if (!string.IsNullOrEmpty(token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return client;
    }
}
