using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Text;

namespace Sprout.Web.Modules.Attendance;

/// <summary>What the teacher's row shows about a child's day beyond the record: late or not, the family's notes.</summary>
public sealed record BoardRow(AttendanceRow Row, bool Late, IReadOnlyList<string> Notes)
{
    public AttendanceRecord? Record => Row.Record;

    public BoardState State => Record switch
    {
        null => BoardState.NotYet,
        { Status: not AttendanceStatus.Present } => BoardState.Absent,
        { CheckOutAt: not null } => BoardState.Left,
        { CheckInAt: not null } => BoardState.Present,
        _ => BoardState.NotYet,
    };
}

public enum BoardState
{
    NotYet,
    Present,
    Absent,
    Left,
}

/// <summary>
/// The class's day as the teacher's phone shows it: <see cref="AttendanceService.DayAsync"/> plus the late flag
/// (<see cref="AttendanceOptions.LateAfter"/>) and the messages families sent that day. Reads only: the caller has
/// already been let into the class through <see cref="Platform.Access.ChildAccess"/>.
/// </summary>
public sealed class AttendanceBoard(SproutDbContext db, AttendanceService attendance, IOptions<AttendanceOptions> options)
{
    /// <summary>A family's message is cut to this many characters on the row; the thread holds the whole text.</summary>
    public const int NoteLength = 140;

    private const int RecentMessages = 200;

    public TimeOnly LateAfter => options.Value.LateAfter;

    public async Task<IReadOnlyList<BoardRow>> DayAsync(int classId, DateOnly date, CancellationToken ct)
    {
        var rows = await attendance.DayAsync(classId, date, ct);
        var notes = await NotesAsync(rows.Select(r => r.ChildId).ToList(), date, ct);
        return rows.Select(r => new BoardRow(r, IsLate(r.Record), notes[r.ChildId].ToList())).ToList();
    }

    public async Task<BoardRow?> RowAsync(int classId, int childId, DateOnly date, CancellationToken ct) =>
        (await DayAsync(classId, date, ct)).FirstOrDefault(r => r.Row.ChildId == childId);

    /// <summary>
    /// Late when the child's own check-in was recorded on the register's day after <see cref="LateAfter"/>. A day
    /// filled in afterwards, or "Cả lớp có mặt", carries the time it was typed, not an arrival time: no one is late.
    /// </summary>
    public bool IsLate(AttendanceRecord? record)
    {
        if (record is not { Status: AttendanceStatus.Present, CheckInAt: { } at, MarkedWithClass: false })
        {
            return false;
        }
        var local = at.ToOffset(VietnameseFormat.VietnamOffset);
        return DateOnly.FromDateTime(local.DateTime) == record.Date && TimeOnly.FromTimeSpan(local.TimeOfDay) > LateAfter;
    }

    private async Task<ILookup<int, string>> NotesAsync(List<int> childIds, DateOnly date, CancellationToken ct)
    {
        var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), VietnameseFormat.VietnamOffset);
        var to = from.AddDays(1);
        // SQLite cannot compare DateTimeOffset in SQL: the class's latest family messages are read by id (ids grow
        // with time) and the day is picked here. A day older than the last RecentMessages is shown without notes.
        var messages = await db.Set<ContactMessage>().AsNoTracking()
            .Where(m => !m.FromSchool && childIds.Contains(m.ChildId))
            .OrderByDescending(m => m.Id).Take(RecentMessages)
            .Select(m => new { m.Id, m.ChildId, m.AuthorName, m.Body, m.SentAt })
            .ToListAsync(ct);
        return messages.Where(m => m.SentAt >= from && m.SentAt < to).OrderBy(m => m.Id).ToLookup(m => m.ChildId, m =>
        {
            var body = m.Body.Length > NoteLength ? m.Body[..NoteLength].TrimEnd() + "…" : m.Body;
            return $"{m.SentAt.ToOffset(VietnameseFormat.VietnamOffset):HH:mm} {m.AuthorName}: {body}";
        });
    }
}
