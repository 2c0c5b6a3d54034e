namespace Sprout.Web.Modules.Documents.Extraction;

public static class PdfTextExtraction
{
    /// <summary>The one extraction pipeline, for the app and the CLI: the text layer first, OCR for a scan without one.</summary>
    public static IServiceCollection AddPdfTextExtraction(this IServiceCollection services) => services
        .AddSingleton<IScanOcr>(sp => new TesseractOcr(sp.GetRequiredService<ILogger<TesseractOcr>>()))
        .AddSingleton<IPdfTextExtractor>(sp => new OcrFallbackExtractor(
            new PdftotextExtractor(sp.GetRequiredService<ILogger<PdftotextExtractor>>()), sp.GetRequiredService<IScanOcr>()))
        .AddScoped<ScanTextReread>();
}
