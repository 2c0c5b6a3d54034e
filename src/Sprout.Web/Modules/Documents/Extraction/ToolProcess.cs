using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
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
/// Every tool runs within limits, since it reads files uploaded by anyone who can send a document: a wall-clock
/// timeout that kills the process tree, and, where util-linux's <c>prlimit</c> is present (Debian: always), an
/// address-space limit of <see cref="MemoryLimitBytes"/> and a CPU-time limit; its standard output is read up to
/// <see cref="MaxOutputChars"/>.
/// </summary>
public static class ToolProcess
{
    /// <summary>Tesseract on an A2 page at 300 dpi stays well below this; a PDF crafted to exhaust memory does not.</summary>
    public const long MemoryLimitBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Text of one document (pdftotext, tesseract): far above any real letter, bounded all the same.</summary>
    public const int MaxOutputChars = 8 * 1024 * 1024;

    private static readonly Lazy<string?> Prlimit = new(() => Locate("prlimit"));

    public static async Task<ToolRun> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan limit, ILogger logger, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        // Found here rather than by Process.Start, which would find prlimit instead and never report a missing tool.
        if (Locate(tool) is not { } path)
        {
            return new ToolRun(ToolExit.Missing, string.Empty);
        }
        var start = new ProcessStartInfo(Prlimit.Value ?? path)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        if (Prlimit.Value is not null)
        {
            var cpuSeconds = (long)Math.Ceiling(limit.TotalSeconds) + 1;
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--as={MemoryLimitBytes}"));
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--cpu={cpuSeconds}"));
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(path);
        }
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
            var output = ReadBoundedAsync(process.StandardOutput, timeout.Token);
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
            var text = await output;
            if (text is null)
            {
                logger.LogWarning("{Tool} wrote more than {Chars} characters; its output is not kept.", tool, MaxOutputChars);
                return new ToolRun(ToolExit.Failed, string.Empty);
            }
            return new ToolRun(ToolExit.Succeeded, text);
        }
    }

    /// <summary>The whole output, or null past <see cref="MaxOutputChars"/> (the rest is drained so the tool can finish).</summary>
    private static async Task<string?> ReadBoundedAsync(StreamReader reader, CancellationToken ct)
    {
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        var over = false;
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            if (!over && text.Length + read <= MaxOutputChars)
            {
                text.Append(buffer, 0, read);
            }
            else
            {
                over = true;
            }
        }
        return over ? null : text.ToString();
    }

    /// <summary>The tool's full path: as given when it has a slash, else the first match on PATH.</summary>
    internal static string? Locate(string tool)
    {
        if (tool.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(tool) ? tool : null;
        }
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
