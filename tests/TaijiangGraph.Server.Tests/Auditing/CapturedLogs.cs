using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>A logger provider that keeps every line written through it: category, level, message, structured values and
/// exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Line)> _lines = new();

    public IReadOnlyList<string> Lines => _lines.Select(l => l.Line).ToList();

    public IReadOnlyList<string> At(LogLevel level) => _lines.Where(l => l.Level >= level).Select(l => l.Line).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : "";
            lines.Enqueue((logLevel, $"{category} {logLevel} {formatter(state, exception)} {values} {exception}"));
        }
    }
}
