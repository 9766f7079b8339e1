namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>Registers the persisted-document store and the trusted-document rule.</summary>
public static class TrustedDocumentsServiceCollectionExtensions
{
    /// <summary><c>TrustedDocuments:Enforce</c> defaults to on outside the Development environment.</summary>
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new TrustedDocumentOptions { Enforce = !environment.IsDevelopment() };
        configuration.GetSection(TrustedDocumentOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<PersistedDocumentStore>();
        services.AddSingleton<TrustedDocumentResolver>();
        return services;
    }
}
