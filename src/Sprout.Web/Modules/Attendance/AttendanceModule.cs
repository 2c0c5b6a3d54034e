using System.Globalization;
using System.Security.Claims;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Export;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Attendance;

public sealed class AttendanceModule : SproutModule
{
    public static AccessRight Take { get; } = new("attendance-take", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Teacher]);
    public static AccessRight Meals { get; } = new("meal-count", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Cook, Roles.Accountant, Roles.Nurse]);

    public override void AddServices(IServiceCollection services)
    {
        services.AddScoped<AttendanceService>();
        services.AddScoped<AttendanceBoard>();
        services.AddOptions<AttendanceOptions>().BindConfiguration(AttendanceOptions.Section);
    }

    public override IEnumerable<AccessRight> Rights => [Take, Meals];

    public override IEnumerable<MenuItem> Menu => [new("Nav.Meals", "/bep/suat-an", Meals, 50)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AttendanceRowEndpoint.Map(endpoints);
        endpoints.MapGet("/lop/{id:int}/so-diem-danh.xlsx", async (int id, string? thang, ClaimsPrincipal user, AttendanceService attendance, CancellationToken ct) =>
            {
                var classroom = await attendance.ClassAsync(id, user, ct);
                if (classroom is null)
                {
                    return Results.NotFound();
                }
                var (year, month) = ParseMonth(thang, attendance.Today);
                var sheet = await attendance.MonthSheetAsync(classroom, year, month, ct);
                var rows = sheet.Rows.Select((r, i) =>
                {
                    var row = new Dictionary<string, object?> { ["STT"] = i + 1, ["Họ và tên"] = r.Name.FullName };
                    for (var d = 0; d < r.Marks.Count; d++)
                    {
                        row[(d + 1).ToString(CultureInfo.InvariantCulture)] = r.Marks[d];
                    }
                    row["Có mặt (x)"] = r.Present;
                    row["Vắng có phép (P)"] = r.Excused;
                    row["Vắng không phép (K)"] = r.Unexcused;
                    return row;
                }).ToList();
                return Spreadsheet.File(rows, $"Tháng {month:00}-{year}",
                    string.Create(CultureInfo.InvariantCulture, $"so-diem-danh-{Sprout.Domain.Text.TextFolding.Fold(classroom.Name).Replace(' ', '-')}-{year}-{month:00}.xlsx"));
            })
            .RequireAuthorization(Take.Policy);
    }

    public static (int Year, int Month) ParseMonth(string? text, DateOnly today) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (d.Year, d.Month) : (today.Year, today.Month);
}
