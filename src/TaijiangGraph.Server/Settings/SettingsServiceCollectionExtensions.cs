using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Graph.Limits;
using TaijiangGraph.Graph.Workflow;
using TaijiangGraph.Server.Hosting;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.RateLimiting;
using TaijiangGraph.Server.TrustedDocuments;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binds every settings section the server reads and validates it on start (README, "Configuration"): a value out of
/// range, empty or not convertible stops start-up before anything is opened or served, with a message that names the
/// key (e.g. <c>Limits:MaxDepth must be between 1 and 1000 (was -1).</c>). The features read their settings from
/// <see cref="Microsoft.Extensions.Options.IOptions{TOptions}"/>.
/// </summary>
internal static class SettingsServiceCollectionExtensions
{
    public static IServiceCollection AddTaijiangSettings(this IServiceCollection services)
    {
        AddDatabase(services);
        AddAudit(services);
        AddLimits(services);
        services
            .AddOptions<SeedOptions>()
            .BindSection(SeedOptions.SectionName)
            .CheckRange("Seed:RecordsPerResource", o => o.RecordsPerResource, 0, 1_000_000)
            .ValidateOnStart();
        services
            .AddOptions<KeyRingOptions>()
            .BindSection(KeyRingOptions.SectionName)
            .Check(o => o.Path is { } path && string.IsNullOrWhiteSpace(path) ? "Keys:Path must name a file when set." : null)
            .ValidateOnStart();
        services
            .AddOptions<CatalogRefreshOptions>()
            .BindSection(CatalogRefreshOptions.SectionName)
            .CheckRange("Catalog:RefreshSeconds", o => o.RefreshSeconds, 0, 86_400)
            .ValidateOnStart();
        services
            .AddOptions<WorkflowOptions>()
            .BindSection(WorkflowOptions.SectionName)
            .CheckRange("Workflow:MaxGrantDays", o => o.MaxGrantDays, 1, 3660)
            .CheckRange("Workflow:ForwardWorkingDays", o => o.ForwardWorkingDays, 1, 1000)
            .CheckRange("Workflow:DecisionWorkingDays", o => o.DecisionWorkingDays, 1, 1000)
            .CheckRange("Workflow:ExpiryNoticeDays", o => o.ExpiryNoticeDays, 1, 366)
            .ValidateOnStart();
        AddAuth(services);
        AddRateLimits(services);

        // Default on outside the Development environment; the section overrides it.
        services
            .AddOptions<TrustedDocumentOptions>()
            .Configure<IHostEnvironment>((o, environment) => o.Enforce = !environment.IsDevelopment())
            .BindSection(TrustedDocumentOptions.SectionName)
            .ValidateOnStart();
        return services;
    }

    private static void AddDatabase(IServiceCollection services) =>
        services
            .AddOptions<DatabaseOptions>()
            .BindSection(DatabaseOptions.SectionName)
            .Check(o =>
                Enum.IsDefined(o.Provider)
                    ? null
                    : $"Database:Provider must be one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())} (was {o.Provider})."
            )
            .CheckRequired("Database:DataFolder", o => o.DataFolder)
            .Check(o =>
                o.Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(o.ConnectionString)
                    ? $"Database:ConnectionString is required for provider {o.Provider}."
                    : null
            )
            .ValidateOnStart();

    private static void AddAudit(IServiceCollection services) =>
        services
            .AddOptions<AuditOptions>()
            .BindSection(AuditOptions.SectionName)
            .CheckRequired("Audit:NodeId", o => o.NodeId)
            .CheckRange("Audit:DeadlineMilliseconds", o => o.DeadlineMilliseconds, 1, 600_000)
            .CheckRange("Audit:QueueCapacity", o => o.QueueCapacity, 1, 10_000_000)
            .CheckRange("Audit:MaxBatchRecords", o => o.MaxBatchRecords, 1, 100_000)
            .ValidateOnStart();

    private static void AddLimits(IServiceCollection services) =>
        services
            .AddOptions<QueryLimitsOptions>()
            .BindSection(QueryLimitsOptions.SectionName)
            .CheckRange("Limits:MaxDepth", o => o.MaxDepth, 1, 1000)
            .CheckRange("Limits:MaxSyntaxDepth", o => o.MaxSyntaxDepth, 1, 10_000)
            .CheckRange("Limits:MaxComplexity", o => o.MaxComplexity, 1, int.MaxValue)
            .CheckRange("Limits:MaxIntrospectionComplexity", o => o.MaxIntrospectionComplexity, 1, int.MaxValue)
            .CheckRange("Limits:ListMultiplier", o => o.ListMultiplier, 1, 100)
            .CheckRange("Limits:MaxAliases", o => o.MaxAliases, 0, 100_000)
            .CheckRange("Limits:MaxQueryLength", o => o.MaxQueryLength, 1, int.MaxValue)
            .CheckRange("Limits:MaxTokens", o => o.MaxTokens, 1, int.MaxValue)
            .CheckRange("Limits:MaxBatchSize", o => o.MaxBatchSize, 1, 1000)
            .CheckRange("Limits:MaxRequestBodyBytes", o => o.MaxRequestBodyBytes, 1, 1L << 30)
            .Check(o =>
                o.ExecutionTimeout > TimeSpan.Zero && o.ExecutionTimeout <= TimeSpan.FromHours(1)
                    ? null
                    : $"Limits:ExecutionTimeout must be more than 00:00:00 and at most 01:00:00 (was {o.ExecutionTimeout})."
            )
            .CheckRange("Limits:LookupMissesPerUserPerDay", o => o.LookupMissesPerUserPerDay, 0, 1_000_000)
            .CheckRange("Limits:LookupMissesPerAppPerDay", o => o.LookupMissesPerAppPerDay, 0, 1_000_000)
            .CheckRange("Limits:LookupMissesPerDepartmentPerDay", o => o.LookupMissesPerDepartmentPerDay, 0, 1_000_000)
            .ValidateOnStart();

    private static void AddAuth(IServiceCollection services) =>
        services
            .AddOptions<AuthOptions>()
            .BindSection(AuthOptions.SectionName)
            .CheckRequired("Auth:Issuer", o => o.Issuer)
            .CheckRequired("Auth:Audience", o => o.Audience)
            .CheckRange("Auth:ClockSkewSeconds", o => o.ClockSkewSeconds, 0, 3600)
            .Check(o =>
                o.Authority is { } authority && !Uri.TryCreate(authority, UriKind.Absolute, out _)
                    ? $"Auth:Authority must be an absolute URL (was '{authority}')."
                    : null
            )
            .Check(o =>
                o.SigningKey is { } key && !SigningKeys.IsValidConfiguredKey(key)
                    ? "Auth:SigningKey must be base64 of at least 32 bytes (256 bits)."
                    : null
            )
            .Check(o =>
                o.DevelopmentTokenLifetime > TimeSpan.Zero
                    ? null
                    : $"Auth:DevelopmentTokenLifetime must be " + $"positive (was " + $"{o.DevelopmentTokenLifetime})."
            )
            .ValidateOnStart();

    private static void AddRateLimits(IServiceCollection services) =>
        services
            .AddOptions<RateLimitOptions>()
            .BindSection(RateLimitOptions.SectionName)
            .CheckRange("RateLimits:Department:PermitLimit", o => o.Department.PermitLimit, 1, int.MaxValue)
            .CheckRange("RateLimits:Department:WindowSeconds", o => o.Department.WindowSeconds, 1, 86_400)
            .CheckRange("RateLimits:App:PermitLimit", o => o.App.PermitLimit, 1, int.MaxValue)
            .CheckRange("RateLimits:App:WindowSeconds", o => o.App.WindowSeconds, 1, 86_400)
            .ValidateOnStart();
}
