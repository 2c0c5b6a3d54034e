using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>Wakes the OCR worker when a scan is queued; several wake-ups before it runs count as one.</summary>
public sealed class ScanOcrSignal
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _pending.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(timeout);
        try
        {
            await _pending.Reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // the timeout: look at the queue anyway
        }
    }
}

/// <summary>
/// Recognizes queued scans (<see cref="TextExtraction.Queued"/>) one at a time, outside the request that recorded them:
/// OCR takes about a second a page, too long for a clerk to wait on the form. The queue is the table itself, so a
/// restart loses nothing: queued rows are taken up at start and then whenever the register signals, or every minute.
/// Each scan is claimed (<see cref="TextExtraction.Recognizing"/>) by a conditional update before it is read, so two
/// app instances on one database never read the same scan. A claim left by a process that stopped mid-read is queued
/// again when an instance starts (should another instance be reading it then, the scan is read twice, to the same text).
/// </summary>
public sealed class ScanOcrWorker(SproutDbContextFactory contexts, IScanOcr ocr, ScanOcrSignal signal, ILogger<ScanOcrWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RequeueInterruptedAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not queue again the scans left half-read by a stopped process.");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RecognizeNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database briefly unavailable must not stop OCR for the life of the process: try again at the next wake-up.
                logger.LogError(ex, "OCR of queued scans failed; retrying later.");
            }
            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    /// <summary>Recognizes the oldest queued scan; false when none is left.</summary>
    public async Task<bool> RecognizeNextAsync(CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.System);
        while (true)
        {
            var id = await db.Set<IncomingDocument>().Where(d => d.TextExtraction == TextExtraction.Queued).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            if (id is null)
            {
                return false;
            }
            var claimed = await db.Set<IncomingDocument>().Where(d => d.Id == id && d.TextExtraction == TextExtraction.Queued)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.TextExtraction, TextExtraction.Recognizing), ct);
            if (claimed == 0)
            {
                continue; // another instance took it between the two statements
            }
            var document = await db.Set<IncomingDocument>().FirstAsync(d => d.Id == id, ct);
            var text = document.ScanPdf is null ? new PdfText(TextExtraction.NoText, null) : await ocr.RecognizeAsync(document.ScanPdf, ct);
            (document.TextExtraction, document.ExtractedText) = text.Outcome == TextExtraction.Recognized ? (text.Outcome, text.Text) : (TextExtraction.NoText, null);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }

    /// <summary>Queues again the scans a stopped process had claimed; returns how many.</summary>
    public async Task<int> RequeueInterruptedAsync(CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.System);
        return await db.Set<IncomingDocument>().Where(d => d.TextExtraction == TextExtraction.Recognizing)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.TextExtraction, TextExtraction.Queued), ct);
    }
}
