using TaijiangGraph.Graph.DataGraph;

namespace TaijiangGraph.Graph.Tests.DataGraph;

/// <summary><c>totalCount</c> is GraphQL's 32-bit Int: the count is a long up to the field, which refuses to wrap it.</summary>
public sealed class ConnectionPageTests
{
    [Fact]
    public async Task TotalCount_Should_BeTheCount_When_ItFitsAnInt()
    {
        var page = PageCounting(int.MaxValue);

        Assert.Equal(int.MaxValue, await page.TotalCountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TotalCount_Should_Throw_When_TheCountExceedsAnInt()
    {
        var page = PageCounting(int.MaxValue + 1L);

        Assert.Equal(int.MaxValue + 1L, await page.CountAsync(CancellationToken.None));
        await Assert.ThrowsAsync<OverflowException>(() => page.TotalCountAsync(CancellationToken.None));
    }

    private static ConnectionPage PageCounting(long total) =>
        new([], hasNextPage: false, hasPreviousPage: false, _ => "", _ => Task.FromResult(total));
}
