using Microsoft.Extensions.Logging;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>
/// Appends every test host's warnings and errors to the file named by <c>SPROUT_TEST_LOG</c> (test.sh sets one per
/// suite), each line tagged with its host: a page that stalls in a full run leaves its slow requests there.
/// </summary>
public sealed class HostLogFile(string path, string host) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static string? PathFromEnvironment => Environment.GetEnvironmentVariable("SPROUT_TEST_LOG") is { Length: > 0 } p ? p : null;

    public ILogger CreateLogger(string categoryName) => new Writer(path, host, categoryName);

    public void Dispose()
    {
    }

    private sealed class Writer(string path, string host, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {host} {logLevel} {category}: {formatter(state, exception)}"
                + (exception is null ? string.Empty : $" [{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}]");
            lock (Gate)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
