using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure.Logging;
using TaijiangGraph.Server.Tests.Infrastructure.Sql;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// Hosts the real server in memory on a fresh SQLite data folder (seeded with a few records per resource),
/// with "now" pinned to <see cref="Now"/>. One factory per test class: start-up creates and seeds a database.
/// Every server records its log lines (<see cref="Logs"/>) and checks every dataset command with a
/// <see cref="DatasetSqlGuard"/> (<see cref="Sql"/>), which <see cref="GraphQLRequests"/> checks after every answer.
/// </summary>
public sealed class TaijiangServerFactory : WebApplicationFactory<Program>
{
    /// <summary>The pinned clock: 2026-11-26 12:00 in Taijiang.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 4, 0, 0, TimeSpan.Zero);

    private readonly IReadOnlyList<KeyValuePair<string, string>> _settings;
    private readonly Action<IServiceCollection> _services;

    public TaijiangServerFactory()
        : this([]) { }

    private TaijiangServerFactory(IReadOnlyList<KeyValuePair<string, string>> settings, Action<IServiceCollection>? services = null)
    {
        _services = services ?? (_ => { });
        DataFolder = Path.Combine(Path.GetTempPath(), "taijiang-server-tests-" + Guid.NewGuid().ToString("N"));
        Sql = new DatasetSqlGuard(Clock);
        _settings = settings;
    }

    /// <summary>The temporary data folder: SQLite files and the key ring.</summary>
    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; } = new(Now);

    /// <summary>Every log line the server wrote, at every level, exceptions included.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The SQL guard: every dataset command and every violation seen so far.</summary>
    public DatasetSqlGuard Sql { get; }

    /// <summary>A server on the main database of <paramref name="connectionString"/> (keys still in a temp data folder).</summary>
    public static TaijiangServerFactory OnPostgreSql(string connectionString) =>
        new([new("Database:Provider", "PostgreSql"), new("Database:ConnectionString", connectionString)]);

    /// <summary>A server with extra configuration settings (e.g. <c>Limits:LookupMissesPerUserPerDay</c>).</summary>
    public static TaijiangServerFactory With(params (string Key, string Value)[] settings) =>
        new([.. settings.Select(s => new KeyValuePair<string, string>(s.Key, s.Value))]);

    /// <summary>A server whose services <paramref name="services"/> changes after the app's own (e.g. decorating a builder), with extra
    /// settings.</summary>
    public static TaijiangServerFactory WithServices(Action<IServiceCollection> services, params (string Key, string Value)[] settings) =>
        new([.. settings.Select(s => new KeyValuePair<string, string>(s.Key, s.Value))], services);

    /// <summary>Fails when the SQL guard recorded a violation (<see cref="GraphQLRequests"/> also checks this after every
    /// answer).</summary>
    public void AssertNoSqlViolations() =>
        Assert.True(
            Sql.Violations.Count == 0,
            "Dataset SQL broke the " + "read rules:" + Environment.NewLine + string.Join(Environment.NewLine, Sql.Violations)
        );

    /// <summary>A development token minted by the app's own issuer (its key ring and pinned clock).</summary>
    public string Token(string user, string dept, params string[] roles) =>
        Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, dept, roles);

    /// <summary>The JWT settings the server validates against (issuer, audience).</summary>
    internal AuthOptions Auth => Services.GetRequiredService<AuthOptions>();

    /// <summary>The key ring's current JWT signing key, as the server sees it.</summary>
    public SecurityKey SigningKey => SigningKeys.FromKeyRing(Services.GetRequiredService<IKeyRing>().Current(KeyPurposes.JwtSigning));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Seed:RecordsPerResource", "60");
        builder.UseSetting("Audit:DeadlineMilliseconds", "15000"); // not audit latency under test: a busy machine must not answer 503
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(null, LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.AddSingleton<IInterceptor>(Sql);
            services.AddSingleton<IStartupFilter, CurrentRequestStartupFilter>();
            _services(services);
        });
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
