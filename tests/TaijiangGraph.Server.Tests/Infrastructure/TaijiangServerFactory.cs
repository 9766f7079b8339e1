using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Server.Identity;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// Hosts the real server in memory on a fresh SQLite data folder (seeded with a few records per resource),
/// with "now" pinned to <see cref="Now"/>. One factory per test class: start-up creates and seeds a database.
/// </summary>
public sealed class TaijiangServerFactory : WebApplicationFactory<Program>
{
    /// <summary>The pinned clock: 2026-11-26 12:00 in Taijiang.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    public TaijiangServerFactory()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "taijiang-server-tests-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>The temporary data folder: SQLite files and the key ring.</summary>
    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>A development token minted by the app's own issuer (its key ring and pinned clock).</summary>
    public string Token(string user, string dept, params string[] roles) =>
        Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, dept, roles);

    /// <summary>The JWT settings the server validates against (issuer, audience).</summary>
    public AuthOptions Auth => Services.GetRequiredService<AuthOptions>();

    /// <summary>The key ring's current JWT signing key, as the server sees it.</summary>
    public SecurityKey SigningKey => SigningKeys.FromKeyRing(Services.GetRequiredService<IKeyRing>().Current(KeyPurposes.JwtSigning));

    /// <summary>A client that sends <paramref name="token"/> as a bearer token, when given.</summary>
    public HttpClient Client(string? token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>POSTs <c>{"query", "variables"}</c> as JSON and parses the response body.</summary>
    public async Task<(HttpResponseMessage Response, JsonDocument Body)> PostGraphQL(string? token, string query, object? variables = null)
    {
        using var client = Client(token);
        var json = JsonSerializer.Serialize(new { query, variables });
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, body);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Seed:RecordsPerResource", "60");
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
