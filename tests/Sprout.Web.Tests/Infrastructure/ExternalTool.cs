using System.Diagnostics;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>Runs a command-line checker (pdfsig, pdftotext, pdfinfo, pdftoppm, qpdf) and returns what it printed on both streams.</summary>
public static class ExternalTool
{
    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} is required: apt-get install -y poppler-utils qpdf");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
