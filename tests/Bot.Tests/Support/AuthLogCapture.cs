using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>A logger provider that keeps every record, so tests can assert what was (and was not) logged.</summary>
public sealed class AuthLogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId Id, LogLevel Level, string Message)> _records = new();

    public IReadOnlyCollection<(EventId Id, LogLevel Level, string Message)> Records => _records;

    public ILogger CreateLogger(string categoryName) => new Logger(_records);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(EventId, LogLevel, string)> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            records.Enqueue((eventId, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
