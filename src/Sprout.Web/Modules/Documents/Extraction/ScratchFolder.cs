namespace Sprout.Web.Modules.Documents.Extraction;

/// <summary>A private temporary folder holding the PDF for the tools (they read files, not streams), removed with what they wrote.</summary>
public sealed class ScratchFolder : IDisposable
{
    private ScratchFolder(string path) => Path = path;

    public string Path { get; }

    public string Pdf => System.IO.Path.Combine(Path, "input.pdf");

    public static async Task<ScratchFolder> WithPdfAsync(byte[] pdf, CancellationToken ct)
    {
        var folder = new ScratchFolder(Directory.CreateTempSubdirectory("sprout-extract-").FullName);
        try
        {
            await File.WriteAllBytesAsync(folder.Pdf, pdf, ct);
            return folder;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
