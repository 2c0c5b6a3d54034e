using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Platform.Data;
using NutritionAgeGroup = Sprout.Domain.Nutrition.AgeGroup;

namespace Sprout.Web.Modules.Home.Today;

/// <summary>One class in the kitchen's count: meals only once the roll call has begun.</summary>
public sealed record KitchenClass(string ClassName, ClassAttendanceToday Attendance)
{
    /// <summary>Null until the class is marked: a class not yet marked is not counted as present.</summary>
    public int? Meals => Attendance.Started ? Attendance.Enrolled - Attendance.Absent - Attendance.ReportedAbsent : null;
}

public sealed record CookTodayView(IReadOnlyList<KitchenClass> Classes, IReadOnlyList<(NutritionAgeGroup Group, MenuDayLines? Menu)> Menus, IReadOnlyList<AllergyLine> Allergies)
{
    public int CountedMeals => Classes.Sum(c => c.Meals ?? 0);

    public int Unmarked => Classes.Count(c => c.Meals is null);
}

/// <summary>Read-only: meals by class, today's menus, and every child's allergies.</summary>
public sealed class CookToday(SproutDbContext db, TodayMenu menus)
{
    public async Task<CookTodayView> ForAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await db.Classrooms.AsNoTracking().Select(c => new { c.Id, c.Name, c.AgeGroup, Enrolled = c.Children.Count }).ToListAsync(ct);
        var marks = await db.Set<AttendanceRecord>().AsNoTracking().Where(a => a.Date == today && a.Child!.ClassroomId != null)
            .Select(a => new { ClassId = a.Child!.ClassroomId!.Value, a.Status, a.ReportedByParent }).ToListAsync(ct);
        var byClass = marks.ToLookup(m => m.ClassId, m => (TeacherToday.Mark?)new TeacherToday.Mark(m.Status, m.ReportedByParent));
        var classes = rows.OrderBy(r => r.AgeGroup).ThenBy(r => r.Name, VietnameseCollation.Comparer)
            .Select(r => new KitchenClass(r.Name, TeacherToday.Count(
                byClass[r.Id].Concat(Enumerable.Repeat<TeacherToday.Mark?>(null, Math.Max(0, r.Enrolled - byClass[r.Id].Count()))).ToList())))
            .ToList();
        var groups = new List<(NutritionAgeGroup, MenuDayLines?)>();
        foreach (var group in Enum.GetValues<NutritionAgeGroup>())
        {
            groups.Add((group, await menus.DayAsync(group, today, publishedOnly: false, ct)));
        }
        var allergies = await db.Children.AsNoTracking().Where(c => c.Allergies != null && c.Allergies != "" && c.ClassroomId != null)
            .Select(c => new { c.Id, Name = new PersonName(c.FamilyName, c.MiddleName, c.GivenName), ClassName = c.Classroom!.Name, c.Allergies })
            .ToListAsync(ct);
        return new CookTodayView(classes, groups,
            allergies.OrderBy(a => a.ClassName, VietnameseCollation.Comparer).ThenBy(a => a.Name, VietnameseNameComparer.Instance)
                .Select(a => new AllergyLine(a.Id, a.Name.FullName, a.ClassName, a.Allergies!)).ToList());
    }
}
