using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Graph.Schema;
using TaijiangGraph.Graph.Tests.Fakes;

namespace TaijiangGraph.Graph.Tests.Schema;

/// <summary>
/// The real <see cref="GraphSchemaFactory"/> from a service provider on in-memory fakes of the Core ports
/// (<see cref="FakeStorage"/>), for building schemas to print and inspect.
/// </summary>
internal static class TestSchemaFactory
{
    public static T Use<T>(Func<GraphSchemaFactory, T> use)
    {
        using var services = new FakeStorage().AddTo(new ServiceCollection()).AddQueryLimits().AddTaijiangGraph().BuildServiceProvider();
        return use(services.GetRequiredService<GraphSchemaFactory>());
    }
}
