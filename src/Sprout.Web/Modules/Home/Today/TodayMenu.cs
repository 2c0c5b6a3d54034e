using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Nutrition;
using Sprout.Web.Modules.Nutrition;
using Sprout.Web.Platform.Data;
using ClassAgeGroup = Sprout.Web.Modules.Children.AgeGroup;

namespace Sprout.Web.Modules.Home.Today;

/// <summary>One meal of a day's menu: its name and dishes.</summary>
public sealed record MenuLine(string Meal, IReadOnlyList<string> Dishes);

/// <summary>A weekday of the menu (1 = Monday … 5 = Friday) with its meals.</summary>
public sealed record MenuDayLines(int Weekday, string DayName, IReadOnlyList<MenuLine> Meals);

/// <summary>The day's or the week's dishes of an age group's four-week rotation, read without the food analysis.</summary>
public sealed class TodayMenu(SproutDbContext db)
{
    /// <summary>1 = Monday … 7 = Sunday; the kitchen cooks Monday to Friday.</summary>
    public static int Weekday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    public static DateOnly Monday(DateOnly day) => day.AddDays(1 - Weekday(day));

    /// <summary>The week of the date; empty when the group has no rotation (or only a draft and <paramref name="publishedOnly"/>).</summary>
    public async Task<IReadOnlyList<MenuDayLines>> WeekAsync(AgeGroup group, DateOnly day, bool publishedOnly, CancellationToken ct)
    {
        var rotation = await db.Set<MenuRotation>().AsNoTracking().Where(r => r.AgeGroup == group).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);
        if (rotation is null || (publishedOnly && !rotation.Published))
        {
            return [];
        }
        var week = rotation.WeekOf(Monday(day));
        var slots = await db.Set<MenuSlot>().AsNoTracking().Where(s => s.AgeGroup == group && s.Week == week)
            .OrderBy(s => s.Weekday).ThenBy(s => s.Meal).ThenBy(s => s.Id)
            .Select(s => new { s.Weekday, s.Meal, Dish = s.Dish!.Name }).ToListAsync(ct);
        return Enumerable.Range(1, 5)
            .Select(d => new MenuDayLines(d, MenuService.WeekdayName(d), slots.Where(s => s.Weekday == d).GroupBy(s => s.Meal)
                .Select(g => new MenuLine(g.Key.Name(), g.Select(s => s.Dish).ToList())).ToList()))
            .Where(d => d.Meals.Count > 0).ToList();
    }

    public async Task<MenuDayLines?> DayAsync(AgeGroup group, DateOnly day, bool publishedOnly, CancellationToken ct) =>
        (await WeekAsync(group, day, publishedOnly, ct)).FirstOrDefault(d => d.Weekday == Weekday(day));

    public static AgeGroup GroupOf(ClassAgeGroup classGroup) => MenuService.GroupOf(classGroup);
}
