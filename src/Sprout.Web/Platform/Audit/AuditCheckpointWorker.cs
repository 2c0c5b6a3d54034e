using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Audit;

/// <summary>
/// Writes a checkpoint of the audit chain's head at start and every <c>Audit:CheckpointMinutes</c> (15 by default)
/// when the head has moved: entries deleted from the end are found if they were older than the last checkpoint.
/// </summary>
public sealed class AuditCheckpointWorker(SproutDbContextFactory contexts, AuditAnchoring anchoring, IConfiguration configuration, TimeProvider clock, ILogger<AuditCheckpointWorker> logger)
    : BackgroundService
{
    public const string MinutesSetting = "Audit:CheckpointMinutes";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue(MinutesSetting, 15), 1, 24 * 60));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var db = contexts.Create(SchoolScope.System);
                await anchoring.CheckpointAsync(db, force: false, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Audit checkpoint failed; retrying at the next interval.");
            }
            await Task.Delay(every, clock, stoppingToken);
        }
    }
}
