using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.ContactBook;

/// <summary>
/// A photo of the class's day in the class album, shown to the class's families. Stored re-encoded (no EXIF/GPS)
/// at its largest served size, with the smaller served sizes encoded once on upload rather than on every view.
/// </summary>
public class ClassPhoto : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int ClassroomId { get; set; }
    public Classroom? Classroom { get; set; }
    public DateOnly Date { get; set; }
    public string? Caption { get; set; }

    /// <summary>Longest side at most 1280.</summary>
    public required byte[] Jpeg { get; set; }

    /// <summary>Longest side 640, 320 and 160; null when the photo is not larger than that (the stored one is served).</summary>
    public byte[]? Jpeg640 { get; set; }
    public byte[]? Jpeg320 { get; set; }
    public byte[]? Jpeg160 { get; set; }

    public int Width { get; set; }
    public int Height { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Set when a teacher deletes the photo: hidden at once, kept for undo until purged a day later.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}
