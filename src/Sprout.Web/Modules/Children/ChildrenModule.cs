using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Children.Excel;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Children;

public sealed class ChildrenModule : SproutModule
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public override void AddServices(IServiceCollection services) =>
        services.AddScoped<ClassAccess>().AddScoped<ChildFileService>().AddScoped<ChildListImport>();

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.Classes", "/lop", AccessRights.ChildrenView, 10),
        new("Nav.Completeness", "/tre/ho-so-thieu", AccessRights.ChildrenView, 11),
        new("Nav.Import", "/tre/nhap", AccessRights.ChildrenEdit, 12),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/lop/{id:int}/danh-sach.xlsx", async (int id, ClaimsPrincipal user, ChildFileService files, CancellationToken ct) =>
            {
                var children = await files.VisibleChildren(user).AsNoTracking().Where(c => c.ClassroomId == id)
                    .Include(c => c.Classroom).Include(c => c.Guardians).ThenInclude(g => g.Guardian).ToListAsync(ct);
                if (children.Count == 0)
                {
                    return Results.NotFound();
                }
                return Spreadsheet(children, $"danh-sach-{Slug(children[0].Classroom!.Name)}.xlsx");
            })
            .RequireAuthorization(PolicyNames.ChildrenView);

        endpoints.MapGet("/tre/danh-sach.xlsx", async (ClaimsPrincipal user, ChildFileService files, CancellationToken ct) =>
            {
                var children = await files.VisibleChildren(user).AsNoTracking()
                    .Include(c => c.Classroom).Include(c => c.Guardians).ThenInclude(g => g.Guardian).ToListAsync(ct);
                return Spreadsheet(children, "danh-sach-tre.xlsx");
            })
            .RequireAuthorization(PolicyNames.ChildrenView);

        endpoints.MapGet("/tre/mau-nhap.xlsx", () => Spreadsheet([], "mau-nhap-danh-sach-tre.xlsx"))
            .RequireAuthorization(PolicyNames.ChildrenEdit);
    }

    private static IResult Spreadsheet(IEnumerable<Child> children, string fileName)
    {
        var stream = new MemoryStream();
        ChildListExport.Write(stream, children);
        stream.Position = 0;
        return Results.File(stream, Xlsx, fileName);
    }

    private static string Slug(string name) => Sprout.Domain.Text.TextFolding.Fold(name).Replace(' ', '-');
}
