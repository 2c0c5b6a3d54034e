using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Domain.Cell;
using Sprout.Domain.Plan;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Cell;

namespace Sprout.Web.Tests.Modules.Plan;

[Collection(AppCollection.Name)]
public class PlanTargetsTests(SproutAppFactory app)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<(AsyncServiceScope Scope, SproutDbContext Db, PlanTargets Targets)> OpenAsync()
    {
        var schoolId = await app.DemoSchoolIdAsync();
        var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
        var db = factory.Create(SchoolScope.ForSchool(schoolId));
        return (scope, db, new PlanTargets(db, new CellTargets(db)));
    }

    private async Task<HttpClient> AsAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    [Fact]
    public async Task Every_target_is_computed_from_the_records_and_follows_them_when_they_change()
    {
        var (scope, db, targets) = await OpenAsync();
        await using var _ = scope;
        await using var __ = db;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        var before = await targets.ComputeAsync(today, recordSnapshot: true, None);
        db.Add(new CellMeeting { SchoolId = db.Scope.SchoolId!.Value, Kind = MeetingKind.Thematic, Date = today, Theme = "Chuyển đổi số", Place = "Phòng họp", Stage = MeetingStage.Held });
        await db.SaveChangesAsync();
        var after = await targets.ComputeAsync(today, recordSnapshot: true, None);

        Assert.Equal(TargetCatalog.All.Select(t => t.Code), before.Select(r => r.Target.Code));
        Assert.Equal(before.Single(r => r.Target.Code == "T17").Value + 1, after.Single(r => r.Target.Code == "T17").Value);
        var children = db.Children.Where(c => c.ClassroomId != null);
        var expectedT9 = 100.0 * (await children.CountAsync(c => c.PersonalId != null) + await db.StaffMembers.CountAsync(s => s.PersonalId != null))
            / (await children.CountAsync() + await db.StaffMembers.CountAsync());
        Assert.Equal(expectedT9, after.Single(r => r.Target.Code == "T9").Value!.Value, 6);
        Assert.All(after.Where(r => PlanTargets.ManualCodes.Contains(r.Target.Code)), r => Assert.True(r.IsManual && r.Manual is not null && r.Manual.EnteredBy.Length > 0));
        Assert.All(after.Where(r => !PlanTargets.ManualCodes.Contains(r.Target.Code)), r => Assert.Null(r.Manual));
        var month = new DateOnly(today.Year, today.Month, 1);
        var recorded = await db.Set<TargetSnapshot>().AsNoTracking().SingleAsync(s => s.Code == "T17" && s.Month == month);
        Assert.Equal(after.Single(r => r.Target.Code == "T17").Value, recorded.Value);
        Assert.Equal(12, after[0].History.Count);
        Assert.Equal(after.Single(r => r.Target.Code == "T17").Value, after.Single(r => r.Target.Code == "T17").History[^1].Value);
    }

    [Fact]
    public async Task The_dashboard_shows_seventeen_targets_with_charts_and_a_drill_down_behind_a_figure()
    {
        var principal = await AsAsync($"hieutruong@{DemoAccounts.Domain}");

        var dashboard = WebUtility.HtmlDecode(await principal.GetStringAsync("/chi-tieu"));
        var t16 = WebUtility.HtmlDecode(await principal.GetStringAsync("/chi-tieu/T16"));

        Assert.All(TargetCatalog.All, t => Assert.Contains($"{t.Code}. {t.Name}", dashboard, StringComparison.Ordinal));
        Assert.Equal(17, dashboard.Split("class=\"trend-chart\"", StringSplitOptions.None).Length - 1); // icons are svg too
        Assert.Contains("Nhập tay", dashboard, StringComparison.Ordinal);
        var overdue = await app.WithDbAsync(async db =>
        {
            var schoolId = await app.DemoSchoolIdAsync();
            var since = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddMonths(-6);
            return await db.Children.Where(c => c.SchoolId == schoolId && c.ClassroomId != null
                    && !db.Set<Sprout.Web.Modules.Health.HealthEvent>().Any(e => e.ChildId == c.Id && e.Kind == Sprout.Web.Modules.Health.HealthEventKind.PeriodicCheck && e.Date >= since))
                .Select(c => c.Id).ToListAsync();
        });
        Assert.NotEmpty(overdue);
        Assert.All(overdue, id => Assert.Contains($"/suc-khoe/tre/{id}\"", t16, StringComparison.Ordinal));
        Assert.Contains($"Hồ sơ chưa đạt chỉ tiêu: {overdue.Count}", t16, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await principal.GetAsync("/chi-tieu/T99")).StatusCode);
    }

    [Fact]
    public async Task Party_names_behind_a_cell_target_stay_with_the_cell()
    {
        var vice = await app.WithDbAsync(db => db.Users.FirstAsync(u => u.UserName == $"phohieutruong@{DemoAccounts.Domain}"));
        var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chi-tieu/T3");
        request.Headers.Add(TestAuthHandler.Header, string.Join(';', Roles.VicePrincipal, $"{ClaimTypes.NameIdentifier}={vice.Id}", $"{ClaimTypes.Name}={vice.UserName}", $"{SproutClaims.School}={vice.SchoolId}"));

        var html = WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("chỉ đảng viên của chi bộ được xem", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/chi-bo/dang-vien/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_value_needs_its_evidence_and_then_shows_who_entered_it()
    {
        var principal = await AsAsync($"hieutruong@{DemoAccounts.Domain}");
        async Task<(HttpStatusCode, string)> PostAsync(string value, byte[]? file, string contentType = "application/pdf")
        {
            var token = await FormPoster.AntiforgeryTokenAsync(principal, "/chi-tieu/T11");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("manual"), "_handler" },
                { new StringContent(value), "value" }, { new StringContent("2026-11-30"), "asof" }, { new StringContent("Khảo sát học kỳ I"), "note" },
            };
            if (file is not null)
            {
                var part = new ByteArrayContent(file);
                part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                content.Add(part, "evidence", "khảo-sát.pdf");
            }
            var response = await principal.PostAsync("/chi-tieu/T11", content);
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
        var pdf = "%PDF-1.4\n% khảo sát SISPAS\n%%EOF\n"u8.ToArray();

        var (missingStatus, missing) = await PostAsync("95,5", null);
        var (_, tooHigh) = await PostAsync("120", pdf);
        var (_, notPdf) = await PostAsync("95", "không phải pdf"u8.ToArray());
        var (okStatus, saved) = await PostAsync("95,5", pdf);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingStatus);
        Assert.Contains("Vui lòng đính kèm văn bản minh chứng", missing, StringComparison.Ordinal);
        Assert.Contains("value=\"95,5\"", missing, StringComparison.Ordinal);
        Assert.Contains("Giá trị phải là một số từ 0 đến 100 (%).", tooHigh, StringComparison.Ordinal);
        Assert.Contains("Tệp minh chứng phải là PDF, JPEG hoặc PNG.", notPdf, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Contains("Đã lưu số liệu và minh chứng.", saved, StringComparison.Ordinal);
        Assert.Contains("95,5 %", saved, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Set<TargetManualValue>().Where(v => v.Code == "T11" && v.Value == 95.5).ToListAsync());
        var entry = Assert.Single(stored);
        Assert.Equal(pdf, await principal.GetByteArrayAsync($"/chi-tieu/minh-chung/{entry.Id}"));
        Assert.Contains(entry.EnteredBy, saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_to_the_ward_is_a_signed_party_document_with_a_word_copy_and_the_ward_opens_it()
    {
        var secretary = await AsAsync($"hieutruong@{DemoAccounts.Domain}");
        var created = await FormPoster.PostFormAsync(secretary, "/chi-tieu/bao-cao", "report", new Dictionary<string, string> { ["year"] = "2026", ["period"] = "3" });
        var documentId = int.Parse(created.LocalRedirect()["/van-ban/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var again = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(secretary, "/chi-tieu/bao-cao", "report", new Dictionary<string, string> { ["year"] = "2026", ["period"] = "3" })).Content.ReadAsStringAsync());

        await using (var kit = await CellKit.OpenAsync(app))
        {
            var members = await kit.MembersAsync();
            var chair = members.First(m => m.Viewer.Secretary);
            var deputy = members.First(m => m.Viewer.Committee && !m.Viewer.Secretary);
            await kit.Documents.SubmitAsync(documentId, chair.User, None);
            await kit.Documents.ApproveAsync(documentId, deputy.User, null, None);
            await kit.Documents.SignAsync(documentId, chair.User, None);
            await kit.Documents.IssueAsync(documentId, chair.User, false, None);
        }
        var docx = await secretary.GetByteArrayAsync("/chi-tieu/bao-cao.docx?nam=2026&quy=3");
        var ward = await AsAsync("canbophuong@viethung.gov.vn");
        var wardPage = WebUtility.HtmlDecode(await ward.GetStringAsync("/phuong/chi-tieu"));
        var reportId = await app.WithDbAsync(db => db.Set<PlanReport>().Where(r => r.OutgoingDocumentId == documentId).Select(r => r.Id).SingleAsync());
        var pdf = await ward.GetAsync($"/phuong/bao-cao-ke-hoach/{reportId}.pdf");

        Assert.Contains("Báo cáo kỳ này đã được lập", again, StringComparison.Ordinal);
        var document = await app.WithDbAsync(db => db.Set<OutgoingDocument>().SingleAsync(d => d.Id == documentId));
        Assert.Equal(DocumentStatus.Issued, document.Status);
        Assert.Contains("quý iii năm 2026", document.Title, StringComparison.Ordinal);
        Assert.Contains("T15", document.Body, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("Quý III năm 2026", xml, StringComparison.Ordinal);
        Assert.Contains("Trường Mầm non Đô Thị Việt Hưng", wardPage, StringComparison.Ordinal);
        Assert.All(TargetCatalog.All, t => Assert.Contains($"{t.Code}. {t.Name}", wardPage, StringComparison.Ordinal));
        Assert.Contains($"/phuong/bao-cao-ke-hoach/{reportId}.pdf", wardPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(document.SignedPdf, await pdf.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_plan_is_data_loaded_from_the_seed_and_editable_without_losing_typing()
    {
        var principal = await AsAsync($"hieutruong@{DemoAccounts.Domain}");
        var seed = SeedPlan.Load();

        var page = WebUtility.HtmlDecode(await principal.GetStringAsync("/ke-hoach"));
        var section = await app.WithDbAsync(async db => await db.Set<PlanSectionEntry>().Where(s => s.SchoolId == db.Schools.OrderBy(x => x.Id).First().Id && s.Level > 0).OrderBy(s => s.Order).FirstAsync());
        var refused = await FormPoster.PostFormAsync(principal, $"/ke-hoach/muc/{section.Id}", "section", new Dictionary<string, string> { ["title"] = "", ["items"] = "Nội dung mới đang gõ" });
        var saved = await FormPoster.PostFormAsync(principal, $"/ke-hoach/muc/{section.Id}", "section", new Dictionary<string, string> { ["title"] = section.Title, ["items"] = "Nội dung mới\n- ý con" });
        var blankRow = await FormPoster.PostFormAsync(principal, "/ke-hoach/phan-cong", "assignments", new Dictionary<string, string> { ["rows"] = "1", ["who-0"] = "Tổ trưởng", ["what-0"] = "", ["when-0"] = "" });

        Assert.Contains(seed.Title, page, StringComparison.Ordinal);
        Assert.All(seed.Assignments, a => Assert.Contains(a.Responsible, page, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Tên mục không được để trống.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Nội dung mới đang gõ", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Nội dung mới\n- ý con", await app.WithDbAsync(db => db.Set<PlanSectionEntry>().Where(s => s.Id == section.Id).Select(s => s.Items).SingleAsync()));
        Assert.Contains("Dòng 1 của bảng phân công: cần ghi cả người phụ trách và nhiệm vụ.", WebUtility.HtmlDecode(await blankRow.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
