using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Children.Excel;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Export;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Children;

public sealed class ChildrenModule : SproutModule
{
    public override void AddServices(IServiceCollection services) =>
        services.AddScoped<ChildFileService>().AddScoped<ClassService>().AddScoped<ChildListImport>();

    public override IEnumerable<MenuItem> Menu =>
    [
        new("Nav.Classes", "/lop", AccessRights.ChildrenView, 10),
        new("Nav.Completeness", "/tre/ho-so-thieu", AccessRights.ChildrenView, 11),
        new("Nav.Import", "/tre/nhap", AccessRights.ChildrenEdit, 12),
        new("Nav.ClassManage", "/lop/quan-ly", AccessRights.ClassesManage, 13),
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/lop/{id:int}/danh-sach.xlsx", async (int id, ClaimsPrincipal user, ChildAccess access, CancellationToken ct) =>
            {
                var children = await access.VisibleChildren(user, AccessRights.ChildrenView).AsNoTracking().Where(c => c.ClassroomId == id)
                    .Include(c => c.Classroom).Include(c => c.Guardians).ThenInclude(g => g.Guardian).ToListAsync(ct);
                if (children.Count == 0)
                {
                    return Results.NotFound();
                }
                return ChildList(children, $"danh-sach-{Slug(children[0].Classroom!.Name)}.xlsx");
            })
            .RequireAuthorization(PolicyNames.ChildrenView);

        endpoints.MapGet("/tre/danh-sach.xlsx", async (ClaimsPrincipal user, ChildAccess access, CancellationToken ct) =>
            {
                var children = await access.VisibleChildren(user, AccessRights.ChildrenView).AsNoTracking()
                    .Include(c => c.Classroom).Include(c => c.Guardians).ThenInclude(g => g.Guardian).ToListAsync(ct);
                return ChildList(children, "danh-sach-tre.xlsx");
            })
            .RequireAuthorization(PolicyNames.ChildrenView);

        endpoints.MapGet("/chan-dung/{id:int}.jpg", async (int id, ClaimsPrincipal user, SproutDbContext db, ChildAccess access, HttpContext http, CancellationToken ct) =>
            {
                var portrait = await db.Set<Portrait>().AsNoTracking().Where(p => p.Id == id).Select(p => new { p.ChildId, p.GuardianId, p.Jpeg }).FirstOrDefaultAsync(ct);
                if (portrait is null)
                {
                    return Results.NotFound();
                }
                // A guardian's portrait is visible to whoever may see one of the children they may fetch.
                var childIds = portrait.ChildId is { } c ? [c] : await db.ChildGuardians.Where(g => g.GuardianId == portrait.GuardianId).Select(g => g.ChildId).ToListAsync(ct);
                foreach (var childId in childIds)
                {
                    if (await access.CanSeeChildAsync(user, childId, Sprout.Web.Modules.ContactBook.ContactBookModule.Read, ct))
                    {
                        http.Response.Headers.CacheControl = "private, max-age=3600";
                        return Results.File(portrait.Jpeg, "image/jpeg");
                    }
                }
                return Results.NotFound();
            })
            .RequireAuthorization(Sprout.Web.Modules.ContactBook.ContactBookModule.Read.Policy);

        endpoints.MapGet("/tre/mau-nhap.xlsx", () => ChildList([], "mau-nhap-danh-sach-tre.xlsx"))
            .RequireAuthorization(PolicyNames.ChildrenEdit);
    }

    private static IResult ChildList(IEnumerable<Child> children, string fileName) =>
        Spreadsheet.File(stream => ChildListExport.Write(stream, children), fileName);

    private static string Slug(string name) => Sprout.Domain.Text.TextFolding.Fold(name).Replace(' ', '-');
}
