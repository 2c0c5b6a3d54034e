using System.Diagnostics;

namespace Sprout.Web.Platform.Hosting;

/// <summary>
/// Logs a warning for every request slower than <c>Logging:SlowRequestMs</c> (default 2 s): on a school's small
/// server a page that stalls (a lock held too long, a busy database) shows in the log with its path and time.
/// </summary>
internal sealed class SlowRequestLogging(RequestDelegate next, IConfiguration configuration, ILogger<SlowRequestLogging> logger)
{
    private readonly long _thresholdMs = configuration.GetValue("Logging:SlowRequestMs", 2000L);

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed.TotalMilliseconds >= _thresholdMs)
            {
                logger.LogWarning("Slow request: {Method} {Path} answered {Status} after {ElapsedMs} ms.",
                    context.Request.Method, context.Request.Path, context.Response.StatusCode, (long)elapsed.TotalMilliseconds);
            }
        }
    }
}
