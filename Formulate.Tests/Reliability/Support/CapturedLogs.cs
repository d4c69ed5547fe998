using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Formulate.Tests.Reliability.Support;

/// <summary>
/// Every log entry the app writes, at every level, with everything a log sink could store: the
/// message, each structured value, each scope and any exception in full.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Entries => [.. _entries];

    public string AllText => string.Join(Environment.NewLine, _entries);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new StringBuilder($"{logLevel} {category} [{eventId}] {formatter(state, exception)}");
            AppendValues(entry, state);
            owner._scopes.ForEachScope((scope, builder) => AppendValues(builder.Append(" scope:"), scope), entry);
            if (exception is not null)
            {
                entry.Append(' ').Append(exception);
            }

            owner._entries.Enqueue(entry.ToString());
        }

        private static void AppendValues(StringBuilder entry, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    entry.Append(' ').Append(key).Append('=').Append(value is System.Collections.IEnumerable list and not string
                        ? string.Join(",", list.Cast<object?>())
                        : value);
                }
            }
            else
            {
                entry.Append(' ').Append(state);
            }
        }
    }
}
