using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace TaijiangGraph.Server.Tests.Infrastructure.Logging;

/// <summary>
/// A logger provider that keeps every log line the test server writes, at every level: category, level, the
/// formatted message, the values of its structured state and scopes, and the full exception (with inner ones).
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Every line written so far.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
        // Nothing to release: the lines stay readable after the host stops.
    }

    private void Write<TState>(
        string category,
        LogLevel level,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    )
    {
        var line = new StringBuilder().Append(level).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                line.Append(" | ").Append(key).Append('=').Append(value);
            }
        }

        _scopes.ForEachScope((scope, builder) => builder.Append(" => ").Append(scope), line);
        if (exception is not null)
        {
            line.AppendLine().Append(exception);
        }

        _lines.Enqueue(line.ToString());
    }

    private sealed class CapturingLogger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) => capture.Write(category, logLevel, state, exception, formatter);
    }
}
