using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TaijiangGraph.Server.TrustedDocuments;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the persisted-document store and the trusted-document rule.</summary>
internal static class TrustedDocumentsServiceCollectionExtensions
{
    /// <summary>
    /// The rule with the settings of <see cref="IOptions{TOptions}"/> of <see cref="TrustedDocumentOptions"/> (section
    /// <c>TrustedDocuments</c>; <c>Enforce</c> defaults to on outside the Development environment), also registered as that value.
    /// </summary>
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TrustedDocumentOptions>>().Value);
        services.AddSingleton<PersistedDocumentStore>();
        services.AddSingleton<TrustedDocumentResolver>();
        return services;
    }
}
