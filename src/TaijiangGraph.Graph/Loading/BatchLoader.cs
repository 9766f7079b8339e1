using GraphQL.DataLoader;

namespace TaijiangGraph.Graph.Loading;

/// <summary>
/// Collects the keys that sibling resolvers ask for and fetches them all in one call when the first result
/// is awaited (GraphQL.NET resolves every <see cref="IDataLoaderResult"/> of a level after queuing them), so
/// a page of rows costs one query per link, not one per row. One loader per request and selection.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch
)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private HashSet<TKey> _pending = [];
    private Task? _running;
    private readonly Dictionary<TKey, TValue> _loaded = [];

    /// <summary>Number of fetches made so far (for tests and telemetry).</summary>
    public int Fetches { get; private set; }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken ct)
    {
        while (true)
        {
            Task running;
            HashSet<TKey>? batch = null;
            TaskCompletionSource? done = null;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value))
                {
                    return value;
                }

                if (_running is null)
                {
                    if (!_pending.Contains(key))
                    {
                        return default; // fetched, not found
                    }

                    batch = _pending;
                    _pending = [];
                    Fetches++;
                    done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _running = done.Task;
                }

                running = _running;
            }

            if (batch is not null)
            {
                await FetchAsync(batch, done!, ct).ConfigureAwait(false);
            }
            else
            {
                await running.ConfigureAwait(false);
            }
        }
    }

    private async Task FetchAsync(HashSet<TKey> keys, TaskCompletionSource done, CancellationToken ct)
    {
        try
        {
            var result = await fetch(keys, ct).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var (k, v) in result)
                {
                    _loaded[k] = v;
                }

                _running = null;
            }

            done.SetResult();
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _running = null;
            }

            done.SetException(e);
            throw;
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
