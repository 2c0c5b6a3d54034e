namespace Sprout.Domain.Documents.Retention;

/// <summary>
/// Thời hạn bảo quản: how long a document must be kept, in years, or for ever (vĩnh viễn).
/// The period runs from the end of the year the document belongs to (the year its file is closed),
/// so a document of 2025 kept 10 years must be kept until 31/12/2035.
/// </summary>
public readonly record struct RetentionPeriod(int? Years)
{
    public static RetentionPeriod Permanent { get; } = new(null);

    public static RetentionPeriod OfYears(int years) =>
        years is >= 1 and <= 100 ? new(years) : throw new ArgumentOutOfRangeException(nameof(years), years, "1–100 years.");

    public bool IsPermanent => Years is null;

    /// <summary>The last day the document must be kept, or null when it is kept for ever.</summary>
    public DateOnly? KeepUntil(int documentYear) => Years is { } y ? new DateOnly(documentYear + y, 12, 31) : null;

    public string VietnameseName => Years is { } y ? $"{y} năm" : "Vĩnh viễn";
}
