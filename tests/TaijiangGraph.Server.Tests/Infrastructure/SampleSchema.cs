using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Graph.Schema;

namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>
/// The schema the server builds for the sample catalog, made by the real <see cref="GraphSchemaFactory"/> from a
/// service provider on an empty temporary data folder; for printing and validation only (its resolvers never run).
/// </summary>
public static class SampleSchema
{
    public static ISchema Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "taijiang-schema-" + Guid.NewGuid().ToString("N"));
        using var services = new ServiceCollection()
            .AddLogging()
            .AddDataStorage(new DatabaseOptions { DataFolder = folder })
            .AddQueryLimits()
            .AddTaijiangGraph()
            .BuildServiceProvider();
        try
        {
            return services.GetRequiredService<GraphSchemaFactory>().Create(SampleSeed.Load().Catalog);
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
