using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sprout.Web.Platform.Hosting;

namespace Sprout.Web.Tests.Platform;

public class SlowRequestLoggingTests
{
    private sealed class Captured : ILogger<SlowRequestLogging>
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }

    private static async Task<Captured> RunAsync(long thresholdMs, TimeSpan work, int status)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:SlowRequestMs"] = thresholdMs.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build();
        var logger = new Captured();
        var middleware = new SlowRequestLogging(async context =>
        {
            await Task.Delay(work);
            context.Response.StatusCode = status;
        }, configuration, logger);
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        http.Request.Path = "/van-ban/den";
        await middleware.InvokeAsync(http);
        return logger;
    }

    [Fact]
    public async Task A_request_slower_than_the_threshold_is_logged_with_its_path_status_and_time()
    {
        var logged = await RunAsync(thresholdMs: 1, TimeSpan.FromMilliseconds(50), StatusCodes.Status200OK);
        var (level, text) = Assert.Single(logged.Lines);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Matches(@"^Slow request: GET /van-ban/den answered 200 after \d+ ms\.$", text);
    }

    [Fact]
    public async Task A_request_within_the_threshold_leaves_no_line()
    {
        var logged = await RunAsync(thresholdMs: 60_000, TimeSpan.Zero, StatusCodes.Status200OK);
        Assert.Empty(logged.Lines);
    }
}
