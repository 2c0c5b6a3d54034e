using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Domain.Calendar;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Platform.Calendar;

/// <summary>A school's own decision about one day: closed, open to make up, or its own holiday. One per day.</summary>
public class SchoolCalendarEntry : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DateOnly Date { get; set; }
    public CalendarEntryKind Kind { get; set; }
    public string Note { get; set; } = string.Empty;
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class SchoolCalendarEntryConfiguration : IEntityTypeConfiguration<SchoolCalendarEntry>
{
    public void Configure(EntityTypeBuilder<SchoolCalendarEntry> builder)
    {
        builder.Property(e => e.Note).HasMaxLength(200);
        builder.Property(e => e.CreatedBy).HasMaxLength(200);
        builder.HasIndex(e => new { e.SchoolId, e.Date }).IsUnique();
    }
}
