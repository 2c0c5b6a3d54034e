namespace Sprout.Web.Platform.Hosting;

/// <summary>
/// A background job that runs at start and then every <see cref="Every"/>. Runs in this process never overlap (the
/// timer's run and a test's or a button's call of <see cref="RunOnceAsync"/>); across processes the job's own claim
/// in the database decides, so a job must claim its rows before acting. A failed run is logged and the next tick
/// tries again: the database may be briefly unreachable.
/// </summary>
public abstract class PeriodicWorker(TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>The job's clock (a test passes a fake one): "now" and the delay between runs.</summary>
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Every { get; }

    /// <summary>One run's work; returns how many things it did (reminders sent, rows handled).</summary>
    protected abstract Task<int> RunAsync(CancellationToken ct);

    /// <summary>Runs the job now, after any run already in progress in this process.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await _running.WaitAsync(ct);
        try
        {
            return await RunAsync(ct);
        }
        finally
        {
            _running.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Worker} failed; retrying in {Every}.", GetType().Name, Every);
            }
            await Task.Delay(Every, Clock, stoppingToken);
        }
    }

    public override void Dispose()
    {
        _running.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}
