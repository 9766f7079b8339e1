using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TaijiangGraph.Data.Tests.Support;

/// <summary>A logger that keeps every entry it is given (level and formatted message), for assertions on what a component
/// logs.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    ) => _entries.Enqueue((logLevel, formatter(state, exception)));
}
