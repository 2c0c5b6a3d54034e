using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Sprout.Domain.Tests.Documents;

/// <summary>Runs the Debian PDF tools (poppler-utils, qpdf) as independent judges of what Sprout writes.</summary>
/// <remarks>A missing tool fails the test: skipping would let CI pass without ever checking a PDF.</remarks>
internal static class PdfTools
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static Result Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{tool}' is not installed ({e.Message}). Install the PDF tools: apt-get install -y poppler-utils qpdf");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{tool} {string.Join(' ', arguments)} did not finish within 60 s");
            }

            return new Result(process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Writes the bytes to a fresh temporary file that is removed with the returned handle.</summary>
    public static TempPdf Save(byte[] pdf, string name = "doc.pdf") => new(pdf, name);

    public sealed class TempPdf : IDisposable
    {
        private readonly string directory;

        public TempPdf(byte[] pdf, string name)
        {
            directory = Directory.CreateTempSubdirectory("sprout-pdf-").FullName;
            Path = System.IO.Path.Combine(directory, name);
            File.WriteAllBytes(Path, pdf);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(directory, recursive: true);
    }

    public static string Text(byte[] pdf)
    {
        using var file = Save(pdf);
        var r = Run("pdftotext", "-layout", "-enc", "UTF-8", file.Path, "-");
        Assert.True(r.ExitCode == 0, $"pdftotext failed: {r.All}");
        return r.Output.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Each word of the first page with its box height (pt), which is proportional to its font size.</summary>
    public static IReadOnlyList<(string Word, double Height)> WordHeights(byte[] pdf)
    {
        using var file = Save(pdf);
        var r = Run("pdftotext", "-bbox", "-f", "1", "-l", "1", "-enc", "UTF-8", file.Path, "-");
        Assert.True(r.ExitCode == 0, $"pdftotext failed: {r.All}");
        return System.Text.RegularExpressions.Regex.Matches(r.Output, "<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"([^\"]+)\">([^<]*)</word>")
            .Select(m => (System.Net.WebUtility.HtmlDecode(m.Groups[3].Value).Normalize(NormalizationForm.FormC),
                double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    public static void AssertQpdfCheck(byte[] pdf)
    {
        using var file = Save(pdf);
        var r = Run("qpdf", "--check", file.Path);
        Assert.True(r.ExitCode == 0, $"qpdf --check failed ({r.ExitCode}): {r.All}");
        Assert.Contains("No syntax or stream encoding errors", r.Output);
    }
}
