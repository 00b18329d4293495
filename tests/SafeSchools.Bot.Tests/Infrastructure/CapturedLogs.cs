using System.Collections.Concurrent;

namespace SafeSchools.Bot.Tests.Infrastructure;

/// <summary>Records every log line the host writes, as a sink would receive it: the rendered line and its named values.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();

    public IReadOnlyCollection<CapturedLine> Lines => _lines;

    /// <summary>Adds the capture to a host's logging (beside Serilog), at every level down to Debug.</summary>
    public void AddTo(WebApplicationBuilder builder) => builder.Logging.AddProvider(this).AddFilter<CapturedLogs>(null, LogLevel.Debug);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    public sealed record CapturedLine(string Category, string Message, IReadOnlyDictionary<string, object?> Values);

    private sealed class Logger(string category, ConcurrentQueue<CapturedLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            lines.Enqueue(new CapturedLine(category, formatter(state, exception), values));
        }
    }
}
