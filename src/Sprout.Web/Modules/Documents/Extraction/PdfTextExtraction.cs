namespace Sprout.Web.Modules.Documents.Extraction;

public static class PdfTextExtraction
{
    /// <summary>
    /// The one extraction pipeline, for the app and the CLI: the text layer first, OCR for a scan without one.
    /// The register reads only the text layer (<see cref="PdftotextExtractor"/>) while the clerk waits and queues scans for
    /// <see cref="ScanOcrWorker"/>; the CLI's re-read runs the whole pipeline (<see cref="IPdfTextExtractor"/>).
    /// </summary>
    public static IServiceCollection AddPdfTextExtraction(this IServiceCollection services) => services
        .AddSingleton<IScanOcr>(sp => new TesseractOcr(sp.GetRequiredService<ILogger<TesseractOcr>>()))
        .AddSingleton(sp => new PdftotextExtractor(sp.GetRequiredService<ILogger<PdftotextExtractor>>()))
        .AddSingleton<IPdfTextExtractor>(sp => new OcrFallbackExtractor(sp.GetRequiredService<PdftotextExtractor>(), sp.GetRequiredService<IScanOcr>()))
        .AddSingleton<ScanOcrSignal>()
        .AddScoped<ScanTextReread>();
}
