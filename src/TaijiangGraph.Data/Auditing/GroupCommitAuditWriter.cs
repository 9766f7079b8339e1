using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Security;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// The single writer of this node's audit chain. Requests hand their records over a bounded channel and wait;
/// the writer commits whatever has queued up in one transaction (group commit), chaining each record's HMAC
/// to its predecessor's, and only then releases the waiting requests. A request whose records are not
/// committed within the deadline — store locked, disk full, writer failing, queue full — gets
/// <see cref="AuditUnavailableException"/> and must return no data (fail closed). After a failure the writer
/// reloads its chain head from the store, opens a new connection and goes on by itself once the store is back.
/// It keeps one open connection across batches (<see cref="AuditAppender"/>) and measures each request's commit latency, from
/// handing its records over until they are committed, on the real clock (<see cref="CommitLatency"/>,
/// <see cref="AuditMetrics"/>); at shutdown it logs the latency percentiles in one line.
/// </summary>
public sealed class GroupCommitAuditWriter : IAuditSink, IAsyncDisposable
{
    private readonly AuditStore _store;
    private readonly AuditOptions _options;
    private readonly IKeyRing _keys;
    private readonly TimeProvider _clock;
    private readonly ILogger<GroupCommitAuditWriter> _logger;
    private readonly Channel<Pending> _channel;
    private readonly CancellationTokenSource _stop = new();
    private readonly ManualResetEventSlim _queued = new(false);
    private readonly Task _loop;
    private long _sequence;
    private string _head = AuditChain.Genesis;
    private bool _headLoaded;
    private AuditAppender? _appender;
    private long _commits;
    private long _records;
    private int _disposed;

    public GroupCommitAuditWriter(
        AuditStore store,
        AuditOptions options,
        IKeyRing keys,
        TimeProvider clock,
        ILogger<GroupCommitAuditWriter> logger
    )
    {
        (_store, _options, _keys, _clock, _logger) = (store, options, keys, clock, logger);
        _channel = Channel.CreateBounded<Pending>(
            new BoundedChannelOptions(options.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }
        );
        _loop = StartWriterThread();
    }

    /// <summary>Transactions committed so far (group commit makes this smaller than the number of requests).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Records committed so far by this writer.</summary>
    public long RecordsCommitted => Interlocked.Read(ref _records);

    /// <summary>Commit latency of every request whose records this writer committed (failed commits are not counted).</summary>
    internal CommitLatencyHistogram CommitLatency { get; } = new();

    public async Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        var pending = new Pending(records);
        if (!_channel.Writer.TryWrite(pending))
        {
            throw new AuditUnavailableException("The audit queue is full.");
        }

        _queued.Set();

        try
        {
            // The deadline is a duration on the real clock, not the (possibly pinned) business clock.
            await pending
                .Done.Task.WaitAsync(TimeSpan.FromMilliseconds(_options.DeadlineMilliseconds), TimeProvider.System, ct)
                .ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            pending.Abandon();
            throw new AuditUnavailableException("The audit trail did not commit in time.", e);
        }
    }

    /// <summary>
    /// Runs the writer on a thread of its own, woken directly by the requests that queue records (<see cref="_queued"/>), so that
    /// under load its wake-up does not wait behind request work in the thread-pool queue. On SQLite a commit runs on this thread
    /// from start to end (the driver is synchronous); elsewhere the thread waits for the asynchronous commit.
    /// </summary>
    private Task StartWriterThread()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(_stop.Token);
                done.TrySetResult();
            }
            catch (OperationCanceledException)
            {
                done.TrySetResult();
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "Audit writer",
        };
        thread.Start();
        return done.Task;
    }

    private void Run(CancellationToken stop)
    {
        var reader = _channel.Reader;
        while (!reader.Completion.IsCompleted)
        {
            if (!reader.TryPeek(out _))
            {
                _queued.Wait(stop);
            }

            _queued.Reset(); // before reading: a request queuing after this point sets it again
            var batch = new List<Pending>();
            var count = 0;
            while (count < _options.MaxBatchRecords && reader.TryRead(out var next))
            {
                if (next.TryClaim())
                {
                    batch.Add(next);
                    count += next.Records.Count;
                }
            }

            if (batch.Count > 0)
            {
                CommitAsync(batch, stop).GetAwaiter().GetResult();
            }
        }
    }

    private async Task CommitAsync(List<Pending> batch, CancellationToken stop)
    {
        try
        {
            if (!_headLoaded)
            {
                var head = await _store.LoadHeadAsync(_options.NodeId, stop).ConfigureAwait(false);
                (_sequence, _head) = head is { } h ? (h.Sequence, h.Hmac) : (0, AuditChain.Genesis);
                _headLoaded = true;
            }

            var key = _keys.Current(KeyPurposes.AuditChain).Secret;
            var chained = new List<ChainedAuditRecord>();
            var (sequence, previous) = (_sequence, _head);
            foreach (var record in batch.SelectMany(p => p.Records).Select(AuditRecordFitting.Fit))
            {
                sequence++;
                var hmac = AuditChain.ComputeHmac(key.Span, _options.NodeId, sequence, record, previous);
                chained.Add(new ChainedAuditRecord(_options.NodeId, sequence, record, previous, hmac));
                previous = hmac;
            }

            _appender ??= await _store.OpenAppenderAsync(stop).ConfigureAwait(false);
            await _appender.AppendAsync(chained, _clock.GetUtcNow(), stop).ConfigureAwait(false);
            (_sequence, _head) = (sequence, previous);
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _records, chained.Count);
            var committed = Stopwatch.GetTimestamp();
            foreach (var p in batch)
            {
                var latency = Stopwatch.GetElapsedTime(p.Enqueued, committed);
                CommitLatency.Record(latency);
                AuditMetrics.CommitLatency.Record(latency.TotalMilliseconds);
                p.Done.TrySetResult();
            }
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            _headLoaded = false; // the commit may or may not have happened: read the head again
            await CloseAppenderAsync().ConfigureAwait(false);
            _logger.LogWarning("Audit commit of {Count} records failed: {Error}", batch.Sum(p => p.Records.Count), e.GetType().Name);
            batch.ForEach(p => p.Done.TrySetException(new AuditUnavailableException("The audit trail cannot be written.", e)));
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, stop).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The container disposes this instance twice: as itself and as the IAuditSink it is also registered as.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _channel.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }

        await CloseAppenderAsync().ConfigureAwait(false);
        _stop.Dispose(); // _queued is not disposed: a request that queued just before shutdown may still set it
        _logger.LogInformation(
            "Audit commit latency: count={Count} p50={P50}ms p90={P90}ms p99={P99}ms max={Max}ms commits={Commits} records={Records}",
            CommitLatency.Count,
            Milliseconds(CommitLatency.PercentileMilliseconds(50)),
            Milliseconds(CommitLatency.PercentileMilliseconds(90)),
            Milliseconds(CommitLatency.PercentileMilliseconds(99)),
            Milliseconds(CommitLatency.MaxMilliseconds),
            Commits,
            RecordsCommitted
        );
    }

    private static string Milliseconds(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Drops the writer's connection (after a failure, or at shutdown); the next batch opens a new one.</summary>
    private async Task CloseAppenderAsync()
    {
        if (_appender is not { } appender)
        {
            return;
        }

        _appender = null;
        try
        {
            await appender.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _logger.LogWarning("Closing the audit connection failed: {Error}", e.GetType().Name);
        }
    }

    private sealed class Pending(IReadOnlyList<AuditRecord> records)
    {
        private int _state; // 0 waiting, 1 claimed by the writer, 2 abandoned by the request

        public IReadOnlyList<AuditRecord> Records { get; } = records;

        /// <summary>When the request handed its records over (<see cref="Stopwatch.GetTimestamp"/>).</summary>
        public long Enqueued { get; } = Stopwatch.GetTimestamp();

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryClaim() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

        public void Abandon() => Interlocked.CompareExchange(ref _state, 2, 0);
    }
}
