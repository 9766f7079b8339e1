using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Graph.Tests.Schema;

/// <summary>
/// The real <see cref="GraphSchemaFactory"/> from a service provider on an empty temporary data folder, for building
/// schemas to print and inspect (their resolvers never run); the provider and the folder are gone afterwards.
/// </summary>
internal static class TestSchemaFactory
{
    public static T Use<T>(Func<GraphSchemaFactory, T> use)
    {
        var folder = Path.Combine(Path.GetTempPath(), "taijiang-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var services = new ServiceCollection().AddLogging().AddDataStorage(new DatabaseOptions { DataFolder = folder }).AddQueryLimits().AddTaijiangGraph()
                .BuildServiceProvider();
            return use(services.GetRequiredService<GraphSchemaFactory>());
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
