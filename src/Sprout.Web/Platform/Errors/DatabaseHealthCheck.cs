using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Errors;

/// <summary>Healthy only when the migrated database answers a real query, not merely when a file can be opened.</summary>
internal sealed class DatabaseHealthCheck(SproutDbContext db) : IHealthCheck
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Schools.IgnoreQueryFilters().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("Cơ sở dữ liệu hoạt động bình thường.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Không kết nối được cơ sở dữ liệu.", ex);
        }
    }

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
