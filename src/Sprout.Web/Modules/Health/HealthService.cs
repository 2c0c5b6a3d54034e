using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Growth;
using Sprout.Domain.Health;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Forms;
using Sprout.Web.Platform.Identity;
using GrowthSex = Sprout.Domain.Growth.Sex;

namespace Sprout.Web.Modules.Health;

public sealed record MeasuringRow(int ChildId, PersonName Name, Children.Sex Sex, DateOnly BirthDate, Measurement? Previous, Measurement? Today);

public sealed record MeasuringEntry(int ChildId, double? WeightKg, double? HeightCm, double? HeadCm, bool Lying);

public sealed record MeasuringCheck(int ChildId, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, string? Status);

public sealed record ChildStatus(int ChildId, PersonName Name, string ClassName, AgeGroup AgeGroup, Measurement? Latest, NutritionFindings? Findings)
{
    public string Describe() => Findings is null ? NutritionStatus.NotAssessable : string.Join(", ", NutritionStatus.Describe(Findings));
}

public sealed record StatusReportRow(string Group, int Children, int Measured, int Underweight, int Stunted, int Wasted, int Overweight, int Obese);

/// <summary>A health rule refused the change; the message is shown on the form.</summary>
public sealed class HealthRuleException(string message) : RuleException(message);

/// <summary>Growth, status and the e-health record, judged by the WHO standards of <see cref="GrowthCalculator"/>.</summary>
public sealed class HealthService(SproutDbContext db, ChildAccess access, TimeProvider clock, Platform.Notifications.NotificationOutbox outbox)
{
    public DateOnly Today => Platform.Text.VietnameseFormat.Today(clock);

    public static GrowthResult Assess(Children.Sex sex, DateOnly birth, DateOnly date, double? weight, double? height, bool lying, double? head = null, bool oedema = false) =>
        GrowthCalculator.Compute(new GrowthInput
        {
            Sex = (GrowthSex)(int)sex,
            AgeDays = date.DayNumber - birth.DayNumber,
            Measure = lying ? MeasurePosition.Lying : MeasurePosition.Standing,
            WeightKg = weight,
            LengthHeightCm = height,
            HeadCircumferenceCm = head,
            Oedema = oedema,
        });

    public static NutritionFindings? Findings(Children.Sex sex, DateOnly birth, Measurement? m) =>
        m is null ? null : NutritionStatus.Classify(Assess(sex, birth, m.Date, m.WeightKg, m.HeightCm, m.Lying, m.HeadCm, m.Oedema));

    public async Task<IReadOnlyList<MeasuringRow>> MeasuringDayAsync(int classId, DateOnly date, CancellationToken ct)
    {
        var children = await db.Children.AsNoTracking().Where(c => c.ClassroomId == classId)
            .Select(c => new { c.Id, c.FamilyName, c.MiddleName, c.GivenName, c.Sex, c.DateOfBirth }).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var measurements = await db.Set<Measurement>().AsNoTracking().Where(m => ids.Contains(m.ChildId) && m.Date <= date).ToListAsync(ct);
        var byChild = measurements.ToLookup(m => m.ChildId);
        return children.Select(c => new MeasuringRow(c.Id, new PersonName(c.FamilyName, c.MiddleName, c.GivenName), c.Sex, c.DateOfBirth,
                byChild[c.Id].Where(m => m.Date < date).OrderByDescending(m => m.Date).FirstOrDefault(),
                byChild[c.Id].FirstOrDefault(m => m.Date == date)))
            .OrderBy(r => r.Name, VietnameseNameComparer.Instance).ToList();
    }

    /// <summary>Checks every entry of a measuring day without saving anything.</summary>
    public IReadOnlyList<MeasuringCheck> Check(IReadOnlyList<MeasuringRow> rows, DateOnly date, IReadOnlyList<MeasuringEntry> entries)
    {
        var checks = new List<MeasuringCheck>();
        foreach (var entry in entries.Where(e => e.WeightKg is not null || e.HeightCm is not null || e.HeadCm is not null))
        {
            var row = rows.FirstOrDefault(r => r.ChildId == entry.ChildId);
            if (row is null)
            {
                continue;
            }
            var current = new MeasurementChecks.Entry(row.BirthDate, date, entry.WeightKg, entry.HeightCm, entry.HeadCm);
            var errors = MeasurementChecks.Impossible(current, Today);
            if (errors.Count > 0)
            {
                checks.Add(new MeasuringCheck(row.ChildId, errors, [], null));
                continue;
            }
            var result = Assess(row.Sex, row.BirthDate, date, entry.WeightKg, entry.HeightCm, entry.Lying, entry.HeadCm);
            var previous = row.Previous is { } p ? new MeasurementChecks.Entry(row.BirthDate, p.Date, p.WeightKg, p.HeightCm, p.HeadCm) : null;
            var findings = NutritionStatus.Classify(result);
            checks.Add(new MeasuringCheck(row.ChildId, [], MeasurementChecks.Warnings(result, current, previous),
                findings is null ? NutritionStatus.NotAssessable : string.Join(", ", NutritionStatus.Describe(findings))));
        }
        return checks;
    }

    /// <summary>Saves a measuring day all or nothing: one impossible row and no row is written.</summary>
    public async Task<IReadOnlyList<MeasuringCheck>> SaveDayAsync(int classId, DateOnly date, IReadOnlyList<MeasuringEntry> entries, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, HealthModule.Read, ct);
        var rows = await MeasuringDayAsync(classId, date, ct);
        var checks = Check(rows, date, entries);
        if (checks.Any(c => c.Errors.Count > 0))
        {
            return checks;
        }
        var schoolId = await db.Classrooms.Where(c => c.Id == classId).Select(c => c.SchoolId).FirstAsync(ct);
        var ids = checks.Select(c => c.ChildId).ToList();
        var existing = await db.Set<Measurement>().Where(m => ids.Contains(m.ChildId) && m.Date == date).ToDictionaryAsync(m => m.ChildId, ct);
        foreach (var entry in entries.Where(e => ids.Contains(e.ChildId)))
        {
            if (!existing.TryGetValue(entry.ChildId, out var m))
            {
                m = new Measurement { SchoolId = schoolId, ChildId = entry.ChildId, Date = date, MeasuredBy = user.DisplayName() };
                db.Add(m);
            }
            m.WeightKg = entry.WeightKg;
            m.HeightCm = entry.HeightCm;
            m.HeadCm = entry.HeadCm;
            m.Lying = entry.Lying;
            m.MeasuredBy = user.DisplayName();
        }
        await db.SaveChangesAsync(ct); // one save is one transaction, the audit entries with it
        return checks;
    }

    public async Task<IReadOnlyList<ChildStatus>> StatusesAsync(ClaimsPrincipal user, int? classId, CancellationToken ct)
    {
        var classIds = access.VisibleClasses(user, HealthModule.Read).Select(c => c.Id);
        var children = await db.Children.AsNoTracking().Where(c => c.ClassroomId != null && classIds.Contains(c.ClassroomId.Value) && (classId == null || c.ClassroomId == classId))
            .Select(c => new
            {
                c.Id, c.FamilyName, c.MiddleName, c.GivenName, c.Sex, c.DateOfBirth, ClassName = c.Classroom!.Name, c.Classroom.AgeGroup,
                Latest = db.Set<Measurement>().Where(m => m.ChildId == c.Id).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return children.Select(c => new ChildStatus(c.Id, new PersonName(c.FamilyName, c.MiddleName, c.GivenName), c.ClassName, c.AgeGroup, c.Latest,
                Findings(c.Sex, c.DateOfBirth, c.Latest)))
            .OrderBy(s => s.AgeGroup).ThenBy(s => s.ClassName, VietnameseCollation.Comparer).ThenBy(s => s.Name, VietnameseNameComparer.Instance).ToList();
    }

    public static IReadOnlyList<StatusReportRow> Report(IReadOnlyList<ChildStatus> statuses, Func<AgeGroup, string> groupName)
    {
        StatusReportRow Row(string name, IEnumerable<ChildStatus> items)
        {
            var list = items.ToList();
            int Count(NutritionFindings flag) => list.Count(s => s.Findings is { } f && (f & flag) != 0);
            return new StatusReportRow(name, list.Count, list.Count(s => s.Findings is not null),
                Count(NutritionFindings.Underweight), Count(NutritionFindings.Stunted), Count(NutritionFindings.Wasted),
                Count(NutritionFindings.Overweight), Count(NutritionFindings.Obese));
        }
        var rows = statuses.GroupBy(s => s.ClassName).Select(g => Row(g.Key, g)).ToList();
        rows.AddRange(statuses.GroupBy(s => s.AgeGroup).OrderBy(g => g.Key).Select(g => Row(groupName(g.Key), g)));
        rows.Add(Row("Toàn trường", statuses));
        return rows;
    }

    /// <summary>Staff through their classes (or school-wide), a parent through their own child.</summary>
    public Task<AccessCapacity> CapacityAsync(int childId, ClaimsPrincipal user, CancellationToken ct) =>
        access.CapacityAsync(user, childId, HealthModule.ChildPage, ct);

    /// <summary>A periodic check, vaccination or illness, written by the school's health managers.</summary>
    public async Task AddEventAsync(int childId, HealthEventKind? kind, DateOnly? date, string details, string? doctor, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeChildAsync(user, childId, HealthModule.Manage, ct);
        if (kind is null || date is null || string.IsNullOrWhiteSpace(details))
        {
            throw new HealthRuleException("Vui lòng chọn loại, ngày và ghi nội dung.");
        }
        var child = await db.Children.Where(c => c.Id == childId).Select(c => new { c.SchoolId, c.DateOfBirth }).FirstAsync(ct);
        if (date > Today || date < child.DateOfBirth)
        {
            throw new HealthRuleException("Ngày phải sau ngày sinh và không ở tương lai.");
        }
        db.Add(new HealthEvent
        {
            SchoolId = child.SchoolId, ChildId = childId, Date = date.Value, Kind = kind.Value, Details = details.Trim(),
            Doctor = string.IsNullOrWhiteSpace(doctor) ? null : doctor.Trim(), RecordedBy = user.DisplayName(),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A family sends medicine for today; only the child's own guardians.</summary>
    public async Task SendMedicineAsync(int childId, string medicine, string dose, string times, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeChildAsync(user, childId, Platform.Authorization.AccessRights.ParentHome, ct);
        if (string.IsNullOrWhiteSpace(medicine) || string.IsNullOrWhiteSpace(dose) || string.IsNullOrWhiteSpace(times))
        {
            throw new HealthRuleException("Vui lòng ghi tên thuốc, liều dùng và thời điểm uống.");
        }
        var schoolId = await db.Children.Where(c => c.Id == childId).Select(c => c.SchoolId).FirstAsync(ct);
        // The family's request itself tells the staff; the doses already due by now count as reminded by it.
        var request = new MedicineRequest
        {
            SchoolId = schoolId, ChildId = childId, Date = Today, Medicine = medicine.Trim(), Dose = dose.Trim(), Times = times.Trim(), SentBy = user.DisplayName(),
            RemindedThrough = Sprout.Domain.Health.MedicineSchedule.CoveredBy(Sprout.Domain.Health.MedicineSchedule.Slots(times), MedicineNotices.MinuteOfDay(clock.GetUtcNow())),
        };
        db.Add(request);
        await MedicineNotices.EnqueueAsync(db, outbox, request, MedicineNotices.SentTitle, $"{user.DisplayName()} gửi thuốc hôm nay cho", ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Staff who may see the child record that one dose (its slot, from <see cref="MedicineSchedule.Slots"/>) was given.
    /// A dose already recorded, by another person a moment before, is refused with who gave it.
    /// </summary>
    public async Task GiveMedicineAsync(int childId, int requestId, int slot, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureMayGiveAsync(childId, user, ct);
        var request = await db.Set<MedicineRequest>().FirstOrDefaultAsync(m => m.Id == requestId && m.ChildId == childId, ct)
            ?? throw new HealthRuleException("Không tìm thấy đơn thuốc này.");
        if (!MedicineSchedule.Slots(request.Times).Contains(slot))
        {
            throw new HealthRuleException("Đơn thuốc không có liều uống vào giờ này.");
        }
        if (await db.Set<MedicineDose>().AsNoTracking().FirstOrDefaultAsync(d => d.MedicineRequestId == requestId && d.Slot == slot, ct) is { } done)
        {
            throw AlreadyGiven(slot, done);
        }
        var now = clock.GetUtcNow();
        var dose = new MedicineDose { SchoolId = request.SchoolId, MedicineRequestId = requestId, Slot = slot, GivenAt = now, GivenBy = user.DisplayName() };
        db.Add(dose);
        request.GivenAt = now;
        request.GivenBy = dose.GivenBy;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (Platform.Errors.DatabaseFailures.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var first = await db.Set<MedicineDose>().AsNoTracking().FirstAsync(d => d.MedicineRequestId == requestId && d.Slot == slot, ct);
            throw AlreadyGiven(slot, first);
        }
    }

    /// <summary>Takes back a dose recorded by mistake, on the request's own day; the audit keeps both steps.</summary>
    public async Task UndoDoseAsync(int childId, int requestId, int slot, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureMayGiveAsync(childId, user, ct);
        var request = await db.Set<MedicineRequest>().Include(m => m.Doses).FirstOrDefaultAsync(m => m.Id == requestId && m.ChildId == childId, ct)
            ?? throw new HealthRuleException("Không tìm thấy đơn thuốc này.");
        if (request.Date != Platform.Text.VietnameseFormat.Today(clock))
        {
            throw new HealthRuleException("Chỉ hủy được liều đã ghi trong ngày của đơn thuốc.");
        }
        // Someone else may have taken it back a moment before: nothing left to undo is not an error.
        if (request.Doses.FirstOrDefault(d => d.Slot == slot) is not { } dose)
        {
            return;
        }
        db.Remove(dose);
        var last = request.Doses.Where(d => d != dose).OrderByDescending(d => d.GivenAt).FirstOrDefault();
        request.GivenAt = last?.GivenAt;
        request.GivenBy = last?.GivenBy;
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureMayGiveAsync(int childId, ClaimsPrincipal user, CancellationToken ct)
    {
        // Health.Read holds no parent role, so the guardian capacity does not count here.
        if (!await access.CanChangeChildAsync(user, childId, HealthModule.Read, ct))
        {
            throw new AccessRefusedException("Bạn không có quyền ghi việc cho trẻ này uống thuốc.");
        }
    }

    private static HealthRuleException AlreadyGiven(int slot, MedicineDose dose) => new(
        $"Liều {MedicineSchedule.Format(slot)} đã được ghi là đã cho uống lúc {Platform.Text.VietnameseFormat.DateTime(dose.GivenAt)} ({dose.GivenBy}).");
}
