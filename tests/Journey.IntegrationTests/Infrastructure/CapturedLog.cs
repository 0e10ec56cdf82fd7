using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Journey.IntegrationTests.Infrastructure;

/// <summary>
/// The service's log as a test can read it: every entry that reaches it, with its formatted message and
/// the whole text of its exception (ToString, which for a database error includes what PostgreSQL said
/// about the values it failed on). A test host given one logs to it alone, at Debug (<see cref="JourneyHost.Log"/>).
/// </summary>
public sealed class CapturedLog : ILoggerProvider
{
    public sealed record Entry(long Number, string Category, LogLevel Level, string Message, string? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : "\n" + Exception)}";
    }

    private readonly ConcurrentQueue<Entry> _entries = new();
    private long _count;

    /// <summary>How many entries have been written: a mark to read what came after it (<see cref="Since"/>).</summary>
    public long Count => Interlocked.Read(ref _count);

    public IReadOnlyList<Entry> Since(long mark) => [.. _entries.Where(e => e.Number >= mark).OrderBy(e => e.Number)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private void Write(string category, LogLevel level, string message, Exception? exception) =>
        _entries.Enqueue(new Entry(Interlocked.Increment(ref _count) - 1, category, level, message, exception?.ToString()));

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Write(category, logLevel, formatter(state, exception), exception);
    }
}
