using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Hostile;

/// <summary>
/// One real server process (Kestrel on 127.0.0.1, its own data folder) for the whole hostile-input suite, with
/// development tokens of a provider department and the JWT signing key of its key ring for forging tokens.
/// </summary>
public sealed class HostileServer : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private ServerProcess? _process;

    public const string Issuer = "taijiang-graph-dev";

    public const string Audience = "taijiang-graph";

    /// <summary>A token of 市场监管局 (TJ-SCJG), the provider of market_entity.</summary>
    public string Provider { get; private set; } = "";

    /// <summary>A token of 民政局 (TJ-MZ).</summary>
    public string Reader { get; private set; } = "";

    public SymmetricSecurityKey SigningKey { get; private set; } = new(new byte[32]);

    public ServerProcess Process => _process ?? throw new InvalidOperationException("The server is not running.");

    public async Task InitializeAsync()
    {
        // Default settings throughout (limits, rate limits): the suite sends far fewer requests than a window allows.
        _process = await ServerProcess.StartAsync(new Dictionary<string, string>(StringComparer.Ordinal));
        Provider = await _process.TokenAsync("u-hostile-scjg", "TJ-SCJG", "department");
        Reader = await _process.TokenAsync("u-hostile-mz", "TJ-MZ", "department");
        SigningKey = SigningKeys.FromKeyRing(new FileKeyRing(_process.DataFolder, TimeProvider.System).Current(KeyPurposes.JwtSigning));
    }

    public async Task<HostileReply> SendAsync(HostileRequest hostile)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Process.GraphQLAddress)
        {
            Content = new ByteArrayContent(hostile.Body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType);
        request.Headers.Accept.ParseAdd(hostile.Accept);
        // Each hostile request on its own connection: Kestrel closes one after refusing a body (413), and a
        // pooled connection the server has just closed would fail the next case for the client's sake.
        request.Headers.ConnectionClose = true;
        if (hostile.Token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + hostile.Token);
        }

        foreach (var (name, value) in hostile.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new HostileReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
