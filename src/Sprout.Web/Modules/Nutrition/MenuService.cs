using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Nutrition;
using Sprout.Web.Platform.Data;
using ChildAgeGroup = Sprout.Web.Modules.Children.AgeGroup;

namespace Sprout.Web.Modules.Nutrition;

public sealed record WeekGrid(AgeGroup Group, int Week, IReadOnlyList<MealKind> Meals, IReadOnlyList<MenuSlot> Slots)
{
    public IEnumerable<MenuSlot> At(int weekday, MealKind meal) => Slots.Where(s => s.Weekday == weekday && s.Meal == meal);

    public MenuDay Day(int weekday) => new(MenuService.WeekdayName(weekday),
        Meals.Select(m => new MenuMeal(m, At(weekday, m).Select(s => s.Dish!.ToDish()).ToList())).Where(m => m.Dishes.Count > 0).ToList());
}

/// <summary>The kitchen's dishes and four-week menus, analysed against the national norms by <see cref="MenuAnalyzer"/>.</summary>
public sealed class MenuService(SproutDbContext db)
{
    private FoodTable? _foods;

    /// <summary>The shipped food table with the school's own foods (added, edited or imported) taking precedence.</summary>
    public async Task<FoodTable> FoodsAsync(CancellationToken ct = default)
    {
        if (_foods is null)
        {
            var own = await db.Set<SchoolFood>().AsNoTracking().ToListAsync(ct);
            _foods = own.Count == 0 ? FoodTable.Default : FoodTable.Default.With(own.Select(f => f.ToFood()));
        }
        return _foods;
    }

    /// <summary>The norms the school follows for an age group: its own figures if it set them, else the national defaults.</summary>
    public async Task<NutritionNorms> NormsAsync(AgeGroup group, CancellationToken ct = default)
    {
        var own = await db.Set<SchoolNorms>().AsNoTracking().FirstOrDefaultAsync(n => n.AgeGroup == group, ct);
        return own?.Apply(NutritionNorms.For(group)) ?? NutritionNorms.For(group);
    }

    public static IReadOnlyList<MealKind> MealsOf(AgeGroup group) =>
        group == AgeGroup.NhaTre ? [MealKind.Trua, MealKind.Chieu, MealKind.Phu] : [MealKind.Sang, MealKind.Trua, MealKind.Phu];

    public static string WeekdayName(int weekday) => weekday switch
    {
        1 => "Thứ Hai", 2 => "Thứ Ba", 3 => "Thứ Tư", 4 => "Thứ Năm", 5 => "Thứ Sáu", _ => "Thứ Bảy",
    };

    /// <summary>The Monday of the week families mean by "this week's menu": from Saturday on, the coming week (<see cref="Platform.Calendar.SchoolCalendar.WeekFor"/>).</summary>
    public static DateOnly ThisWeekMonday(DateOnly today) => Platform.Calendar.SchoolCalendar.WeekFor(today).Monday;

    public static AgeGroup GroupOf(ChildAgeGroup classGroup) => classGroup == ChildAgeGroup.NhaTre ? AgeGroup.NhaTre : AgeGroup.MauGiao;

    public async Task<WeekGrid> WeekAsync(AgeGroup group, int week, CancellationToken ct)
    {
        var slots = await db.Set<MenuSlot>().AsNoTracking().Include(s => s.Dish).ThenInclude(d => d!.Ingredients)
            .Where(s => s.AgeGroup == group && s.Week == week).OrderBy(s => s.Id).ToListAsync(ct);
        return new WeekGrid(group, week, MealsOf(group), slots);
    }

    /// <summary>Saves a dish; every problem is a Vietnamese sentence and nothing is saved while there is one.</summary>
    public async Task SaveDishAsync(int schoolId, string name, IReadOnlyList<(string Code, string Grams)> rows, CancellationToken ct)
    {
        var errors = new List<string>();
        name = Sprout.Domain.Text.PersonName.Clean(name);
        if (name.Length == 0)
        {
            errors.Add("Vui lòng nhập tên món.");
        }
        var foods = await FoodsAsync(ct);
        var ingredients = new List<DishIngredient>();
        foreach (var (code, gramsText) in rows.Where(r => !string.IsNullOrWhiteSpace(r.Code) || !string.IsNullOrWhiteSpace(r.Grams)))
        {
            var food = foods.Find(code);
            if (food is null)
            {
                errors.Add($"Nguyên liệu \"{code}\" không có trong bảng thực phẩm.");
                continue;
            }
            if (!double.TryParse(gramsText?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var grams))
            {
                errors.Add($"Định lượng của {food.Name} phải là số gam, ví dụ 25 hoặc 12,5.");
                continue;
            }
            ingredients.Add(new DishIngredient(code, grams));
        }
        if (name.Length > 0)
        {
            errors.AddRange(MenuValidator.ValidateDish(new Dish(name, ingredients), foods));
            if (await db.Set<SchoolDish>().AnyAsync(d => d.Name == name, ct))
            {
                errors.Add($"Đã có món \"{name}\".");
            }
        }
        if (errors.Count > 0)
        {
            throw new NutritionRuleException(string.Join(" ", errors), errors);
        }
        db.Add(new SchoolDish
        {
            SchoolId = schoolId, Name = name,
            Ingredients = ingredients.Select(i => new SchoolDishIngredient { SchoolId = schoolId, FoodCode = i.FoodCode, Grams = i.Grams }).ToList(),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Puts one of the school's dishes in a meal of the rotation; an unknown dish is ignored.</summary>
    public async Task AddToMenuAsync(int schoolId, AgeGroup group, int week, int weekday, MealKind meal, int dishId, CancellationToken ct)
    {
        if (!await db.Set<SchoolDish>().AnyAsync(d => d.Id == dishId, ct))
        {
            return;
        }
        db.Add(new MenuSlot { SchoolId = schoolId, AgeGroup = group, Week = week, Weekday = weekday, Meal = meal, SchoolDishId = dishId });
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveFromMenuAsync(int slotId, CancellationToken ct) =>
        await db.Set<MenuSlot>().Where(s => s.Id == slotId).ExecuteDeleteAsync(ct);

    public async Task CopyWeekAsync(int schoolId, AgeGroup group, int from, int to, CancellationToken ct)
    {
        await db.Set<MenuSlot>().Where(s => s.AgeGroup == group && s.Week == to).ExecuteDeleteAsync(ct);
        var source = await db.Set<MenuSlot>().AsNoTracking().Where(s => s.AgeGroup == group && s.Week == from).ToListAsync(ct);
        db.AddRange(source.Select(s => new MenuSlot { SchoolId = schoolId, AgeGroup = group, Week = to, Weekday = s.Weekday, Meal = s.Meal, SchoolDishId = s.SchoolDishId }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Allergies of the children of that age group, for warnings before the menu is published.</summary>
    public async Task<IReadOnlyList<(string Child, string ClassName, string Allergy)>> AllergiesAsync(AgeGroup group, CancellationToken ct)
    {
        var rows = await db.Children.AsNoTracking().Where(c => c.Allergies != null && c.Classroom != null)
            .Select(c => new { c.FamilyName, c.MiddleName, c.GivenName, c.Allergies, ClassName = c.Classroom!.Name, c.Classroom.AgeGroup }).ToListAsync(ct);
        return rows.Where(r => GroupOf(r.AgeGroup) == group)
            .Select(r => ($"{r.FamilyName} {r.MiddleName} {r.GivenName}".Replace("  ", " ", StringComparison.Ordinal), r.ClassName, r.Allergies!)).ToList();
    }

    public async Task<MenuRotation?> RotationAsync(AgeGroup group, CancellationToken ct) =>
        await db.Set<MenuRotation>().AsNoTracking().FirstOrDefaultAsync(r => r.AgeGroup == group, ct);

    public async Task SaveRotationAsync(int schoolId, AgeGroup group, DateOnly startsOn, bool published, CancellationToken ct)
    {
        var rotation = await db.Set<MenuRotation>().FirstOrDefaultAsync(r => r.AgeGroup == group, ct);
        if (rotation is null)
        {
            rotation = new MenuRotation { SchoolId = schoolId, AgeGroup = group };
            db.Add(rotation);
        }
        rotation.StartsOn = startsOn.AddDays(-(((int)startsOn.DayOfWeek + 6) % 7));
        rotation.Published = published;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Children expected to eat that day in an age group, for buying food ahead: enrolled less those marked or reported
    /// absent, the register not being taken yet when the market list is made; none on a day the school is closed.
    /// </summary>
    public async Task<int> ChildrenEatingAsync(AgeGroup group, DateOnly date, Attendance.AttendanceService attendance, CancellationToken ct)
    {
        var counts = await attendance.MealCountAsync(date, ct);
        var classGroups = await db.Classrooms.AsNoTracking().Select(c => new { c.Name, c.AgeGroup }).ToListAsync(ct);
        var names = classGroups.Where(c => GroupOf(c.AgeGroup) == group).Select(c => c.Name).ToHashSet();
        return counts.Where(c => names.Contains(c.ClassName))
            .Sum(c => c.State == Attendance.MealCountState.NotMarked ? c.Enrolled - c.Absent : c.Meals);
    }
}
