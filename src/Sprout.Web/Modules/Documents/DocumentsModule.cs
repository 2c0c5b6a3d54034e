using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents.Rendering;
using Sprout.Web.Modules.Documents.Extraction;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Export;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;

namespace Sprout.Web.Modules.Documents;

public sealed class DocumentsModule : SproutModule
{
    public static AccessRight Read { get; } = new("documents-read", [Roles.Admin, Roles.Principal, Roles.VicePrincipal, Roles.Clerk, .. Roles.Party]);
    public static AccessRight Write { get; } = new("documents-write", [Roles.Principal, Roles.VicePrincipal, Roles.Clerk, Roles.PartySecretary, Roles.PartyCommittee]);

    public override void AddServices(IServiceCollection services) => services
        .AddScoped<DocumentService>().AddScoped<IncomingRegisterService>().AddScoped<SigningKeyStore>().AddScoped<Search.DocumentSearch>().AddScoped<Retention.RetentionRules>()
        .AddSingleton(sp => SigningSettings.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>())).AddSingleton<TrustedRootFiles>().AddScoped<SignatureTrustList>()
        .AddPdfTextExtraction().AddHostedService<ScanOcrWorker>();

    public override IEnumerable<AccessRight> Rights => [Read, Write];

    public override IEnumerable<MenuItem> Menu => [new("Nav.Documents", "/van-ban", Read, 60)];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // A school CA's root, for anyone who verifies the school's documents to add to their own trust list.
        endpoints.MapGet("/xac-minh-chu-ky/goc/{schoolId:int}.cer", async (int schoolId, SigningKeyStore keys, CancellationToken ct) =>
                await keys.SchoolRootAsync(schoolId, ct) is { } der
                    ? Results.File(der, "application/pkix-cert", $"chung-thu-goc-truong-{schoolId}.cer")
                    : Results.NotFound())
            .AllowAnonymous();
        endpoints.MapGet("/van-ban/{id:int}.pdf", async (int id, ClaimsPrincipal user, DocumentService documents, SproutDbContext db, CancellationToken ct) =>
            {
                var document = await documents.Visible(user).AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
                if (document is null)
                {
                    return Results.NotFound();
                }
                // A signed file is served as signed, byte for byte; before signing, a preview is rendered.
                var pdf = document.SignedPdf ?? OfficialPdfRenderer.Render(DocumentService.ToOfficial(document,
                    await db.Schools.AsNoTracking().Include(s => s.Ward).FirstAsync(s => s.Id == document.SchoolId, ct)));
                return Results.File(pdf, "application/pdf", $"van-ban-{id}.pdf");
            })
            .RequireAuthorization(Read.Policy);
        // The received file as it was attached; the request's school filter keeps other schools' files out of reach.
        endpoints.MapGet("/van-ban/den/{id:int}.pdf", async (int id, SproutDbContext db, CancellationToken ct) =>
                await db.Set<IncomingDocument>().Where(d => d.Id == id && d.ScanPdf != null).Select(d => d.ScanPdf).FirstOrDefaultAsync(ct) is { } pdf
                    ? Results.File(pdf, "application/pdf", $"van-ban-den-{id}.pdf")
                    : Results.NotFound())
            .RequireAuthorization(Read.Policy);
        // The year's registers as spreadsheets: Party documents only for the cell's members (Visible), one school only.
        endpoints.MapGet("/van-ban/so-di.xlsx", async (int? nam, ClaimsPrincipal user, DocumentService documents, TimeProvider clock, CancellationToken ct) =>
            {
                var year = nam ?? Platform.Text.VietnameseFormat.Today(clock).Year;
                // Without the bodies and signed files: a year of them would be tens of megabytes for a few columns.
                var rows = await documents.Visible(user).AsNoTracking().Where(d => d.Year == year && d.Number != null)
                    .Select(d => new OutgoingDocument
                    {
                        Kind = d.Kind, Number = d.Number, NumberText = d.NumberText, IssuedOn = d.IssuedOn, TypeCode = d.TypeCode, Title = d.Title,
                        SignerName = d.SignerName, Recipients = d.Recipients, Status = d.Status, Public = d.Public, Body = string.Empty, CreatedBy = string.Empty,
                    })
                    .ToListAsync(ct);
                return Spreadsheet.File(stream => RegisterExport.WriteOutgoing(stream, rows), $"so-van-ban-di-{year}.xlsx");
            })
            .RequireAuthorization(Read.Policy);
        endpoints.MapGet("/van-ban/so-den.xlsx", async (int? nam, SproutDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var year = nam ?? Platform.Text.VietnameseFormat.Today(clock).Year;
                var rows = await db.Set<IncomingDocument>().AsNoTracking().Where(d => d.Year == year)
                    .Select(d => new IncomingDocument
                    {
                        Year = d.Year, ArrivalNumber = d.ArrivalNumber, ReceivedOn = d.ReceivedOn, Sender = d.Sender, TheirNumber = d.TheirNumber,
                        TheirDate = d.TheirDate, TypeCode = d.TypeCode, Summary = d.Summary, Handler = d.Handler, Deadline = d.Deadline, RecordedBy = d.RecordedBy,
                    })
                    .ToListAsync(ct);
                return Spreadsheet.File(stream => RegisterExport.WriteIncoming(stream, rows), $"so-van-ban-den-{year}.xlsx");
            })
            .RequireAuthorization(Read.Policy);
    }
}
