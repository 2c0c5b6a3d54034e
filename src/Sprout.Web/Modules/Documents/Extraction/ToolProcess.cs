using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Sprout.Web.Modules.Documents.Extraction;

public enum ToolExit
{
    Succeeded,
    Failed,
    TimedOut,
    Missing,
}

public sealed record ToolRun(ToolExit Exit, string Output);

/// <summary>
/// Runs a command-line tool without a shell (arguments are passed one by one, so a file name cannot inject anything)
/// and reads its UTF-8 output. Never throws for a missing tool, a non-zero exit or a timeout: those are outcomes here,
/// logged as warnings except a missing tool, whose callers decide how often to say so.
/// </summary>
public static class ToolProcess
{
    public static async Task<ToolRun> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan limit, ILogger logger, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return new ToolRun(ToolExit.Missing, string.Empty);
        }
        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(limit);
            // Both streams are drained at once: a tool that fills the unread one would block forever.
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                logger.LogWarning("{Tool} timed out after {Seconds} s.", tool, limit.TotalSeconds);
                return new ToolRun(ToolExit.TimedOut, string.Empty);
            }
            if (process.ExitCode != 0)
            {
                logger.LogWarning("{Tool} exited with {Code}: {Errors}", tool, process.ExitCode, FirstLine(await errors));
                return new ToolRun(ToolExit.Failed, string.Empty);
            }
            return new ToolRun(ToolExit.Succeeded, await output);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
