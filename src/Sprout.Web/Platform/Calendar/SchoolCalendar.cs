using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Calendar;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Calendar;

public sealed class CalendarRuleException(string message) : RuleException(message);

/// <summary>
/// Whether a school is open on a day, for every module: the law's holidays (<see cref="PublicHolidays"/>), the school's
/// weekly rest and its own entries. Reads always name the school, so background work (System scope) gets the same answer.
/// The only writer of calendar entries and of the weekly rest.
/// </summary>
public sealed class SchoolCalendar(SproutDbContext db, TimeProvider clock)
{
    private readonly Dictionary<int, SchoolDayRules> _rules = [];

    public async Task<SchoolDayRules> RulesAsync(int schoolId, CancellationToken ct = default)
    {
        if (!_rules.TryGetValue(schoolId, out var rules))
        {
            var rest = await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.WeeklyRestDays).FirstOrDefaultAsync(ct);
            var entries = await db.Set<SchoolCalendarEntry>().IgnoreQueryFilters().AsNoTracking().Where(e => e.SchoolId == schoolId)
                .Select(e => new CalendarEntry(e.Date, e.Kind, e.Note)).ToListAsync(ct);
            rules = new SchoolDayRules(rest == 0 ? WeeklyRest.SaturdayAndSunday : new WeeklyRest(rest), entries);
            _rules[schoolId] = rules;
        }
        return rules;
    }

    public async Task<DayStatus> StatusAsync(int schoolId, DateOnly date, CancellationToken ct = default) => (await RulesAsync(schoolId, ct)).StatusOf(date);

    public async Task<bool> IsSchoolDayAsync(int schoolId, DateOnly date, CancellationToken ct = default) => (await RulesAsync(schoolId, ct)).IsSchoolDay(date);

    public async Task<DateOnly> NextSchoolDayAsync(int schoolId, DateOnly date, CancellationToken ct = default) => (await RulesAsync(schoolId, ct)).NextSchoolDay(date);

    public async Task<IReadOnlyList<DateOnly>> SchoolDaysInAsync(int schoolId, DateOnly first, DateOnly last, CancellationToken ct = default) =>
        (await RulesAsync(schoolId, ct)).SchoolDaysIn(first, last);

    /// <summary>"This week": Monday to Sunday, the coming week once the school week is over (Saturday and Sunday).</summary>
    public static SchoolWeek WeekFor(DateOnly date) => SchoolDayRules.WeekFor(date);

    /// <summary>Refuses work recorded for a day the school is closed, saying why.</summary>
    public async Task EnsureSchoolDayAsync(int schoolId, DateOnly date, CancellationToken ct = default)
    {
        var status = await StatusAsync(schoolId, date, ct);
        if (!status.IsSchoolDay)
        {
            throw new CalendarRuleException($"Ngày {Text.VietnameseFormat.Date(date)} không phải ngày học ({status.Reason}).");
        }
    }

    public async Task<IReadOnlyList<SchoolCalendarEntry>> EntriesAsync(int schoolId, DateOnly first, DateOnly last, CancellationToken ct) =>
        await db.Set<SchoolCalendarEntry>().AsNoTracking().Where(e => e.SchoolId == schoolId && e.Date >= first && e.Date <= last).OrderBy(e => e.Date).ToListAsync(ct);

    public async Task AddEntryAsync(DateOnly? date, CalendarEntryKind? kind, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        var schoolId = user.SchoolIdOrThrow();
        if (date is null)
        {
            throw new CalendarRuleException("Vui lòng chọn ngày.");
        }
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            throw new CalendarRuleException("Vui lòng chọn loại ngày.");
        }
        note = note?.Trim() ?? string.Empty;
        if (note.Length > 200)
        {
            throw new CalendarRuleException("Ghi chú tối đa 200 ký tự.");
        }
        if (kind != CalendarEntryKind.MakeUpDay && note.Length == 0)
        {
            throw new CalendarRuleException("Vui lòng ghi lý do nghỉ, để giáo viên và phụ huynh biết.");
        }
        if (await db.Set<SchoolCalendarEntry>().AnyAsync(e => e.SchoolId == schoolId && e.Date == date, ct))
        {
            throw new CalendarRuleException($"Ngày {Text.VietnameseFormat.Date(date.Value)} đã có trong lịch của trường; xóa mục cũ trước khi thêm mục mới.");
        }
        var rules = await RulesAsync(schoolId, ct);
        var open = rules.IsSchoolDay(date.Value);
        if (kind == CalendarEntryKind.MakeUpDay && open)
        {
            throw new CalendarRuleException($"Ngày {Text.VietnameseFormat.Date(date.Value)} đã là ngày học.");
        }
        if (kind != CalendarEntryKind.MakeUpDay && !open)
        {
            throw new CalendarRuleException($"Ngày {Text.VietnameseFormat.Date(date.Value)} trường đã nghỉ ({rules.StatusOf(date.Value).Reason}).");
        }
        db.Add(new SchoolCalendarEntry { SchoolId = schoolId, Date = date.Value, Kind = kind.Value, Note = note, CreatedBy = user.DisplayName(), CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        _rules.Remove(schoolId);
    }

    public async Task RemoveEntryAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var schoolId = user.SchoolIdOrThrow();
        var entry = await db.Set<SchoolCalendarEntry>().FirstOrDefaultAsync(e => e.Id == id && e.SchoolId == schoolId, ct)
            ?? throw new CalendarRuleException("Không tìm thấy mục lịch này.");
        db.Remove(entry);
        await db.SaveChangesAsync(ct);
        _rules.Remove(schoolId);
    }

    public async Task SetWeeklyRestAsync(IReadOnlyCollection<DayOfWeek> days, ClaimsPrincipal user, CancellationToken ct)
    {
        var schoolId = user.SchoolIdOrThrow();
        if (days.Count > 3)
        {
            throw new CalendarRuleException("Một tuần cần ít nhất bốn ngày học.");
        }
        var bits = WeeklyRest.Of([.. days]).Bits;
        if (bits == 0)
        {
            throw new CalendarRuleException("Vui lòng chọn ít nhất một ngày nghỉ trong tuần.");
        }
        var school = await db.Schools.FirstAsync(s => s.Id == schoolId, ct);
        school.WeeklyRestDays = bits;
        await db.SaveChangesAsync(ct);
        _rules.Remove(schoolId);
    }
}
