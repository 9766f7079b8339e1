using TaijiangGraph.Graph.Loading;

namespace TaijiangGraph.Graph.Tests.Loading;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_asked_for_before_the_first_result_are_fetched_in_one_call()
    {
        var calls = new List<IReadOnlyCollection<int>>();
        var loader = new BatchLoader<int, string>(
            (keys, _) =>
            {
                calls.Add(keys.ToList());
                return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k != 3).ToDictionary(k => k, k => "v" + k));
            }
        );

        var pending = new[] { 1, 2, 2, 3 }.Select(k => loader.Load(k)).ToList();
        var results = await Task.WhenAll(pending.Select(p => p.GetResultAsync()));

        Assert.Equal(new string?[] { "v1", "v2", "v2", null }, results);
        Assert.Single(calls);
        Assert.Equal([1, 2, 3], calls[0].Order());
        Assert.Equal(1, loader.Fetches);
    }

    [Fact]
    public async Task Keys_asked_for_later_are_fetched_in_a_second_call_and_loaded_keys_are_not_fetched_again()
    {
        var calls = 0;
        var loader = new BatchLoader<int, int>(
            (keys, _) =>
            {
                calls++;
                return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 10));
            }
        );

        Assert.Equal(10, await loader.Load(1).GetResultAsync());
        Assert.Equal(10, await loader.Load(1).GetResultAsync());
        Assert.Equal(20, await loader.Load(2).GetResultAsync());
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_failed_fetch_fails_its_results()
    {
        var loader = new BatchLoader<int, int>((_, _) => throw new InvalidOperationException("boom"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.Load(1).GetResultAsync());
    }
}
