using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Cell;

/// <summary>Minutes to signatures, the admission pipeline, and the reports the ward reads.</summary>
[Collection(AppCollection.Name)]
public class CellRecordsTests(SproutAppFactory app)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static string Tool(string tool, params string[] args) => ExternalTool.Run(tool, args);

    [Fact]
    public async Task Minutes_are_signed_by_the_secretary_then_the_chair_and_pdfsig_finds_both_valid()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        var chair = members.First(m => m.Viewer.Secretary);
        var scribe = members.First(m => m.Viewer.Committee && !m.Viewer.Secretary);
        var meetingId = await kit.Meetings.PlanAsync(chair.User, chair.Viewer, new MeetingPlan(MeetingKind.Thematic, new DateOnly(2026, 10, 15),
            new TimeOnly(16, 0), "Phòng họp nhà trường", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Quán triệt chuyên đề năm 2026"), None);
        var marks = members.ToDictionary(m => m.Viewer.MemberId, m => m == members[^1] ? (AttendanceMark.AbsentExcused, (string?)"Ốm") : (AttendanceMark.Present, null));
        var noReason = members.ToDictionary(m => m.Viewer.MemberId, _ => (AttendanceMark.AbsentExcused, (string?)null));
        var missingReason = await Assert.ThrowsAsync<CellRuleException>(() => kit.Meetings.SaveAttendanceAsync(chair.User, chair.Viewer, meetingId, noReason, None));
        kit.Db.ChangeTracker.Clear();
        await kit.Meetings.SaveAttendanceAsync(chair.User, chair.Viewer, meetingId, marks, None);
        await kit.Meetings.SaveMinutesAsync(chair.User, chair.Viewer, meetingId, new MinutesDraft(chair.Viewer.MemberId, scribe.Viewer.MemberId, new TimeOnly(17, 30),
            "Chi bộ đã tổ chức học tập chuyên đề nghiêm túc.", "Mỗi đảng viên đăng ký một việc làm nêu gương.", "Các đồng chí phát biểu, thống nhất nội dung.",
            "Chi bộ thống nhất thông qua nghị quyết.", members.Count - 1, 0, 0), None);
        var documentId = await kit.Meetings.ToDocumentAsync(chair.User, chair.Viewer, meetingId, None);

        var chairFirst = await Assert.ThrowsAsync<CellRuleException>(() => kit.Meetings.SignMinutesAsync(chair.User, chair.Viewer, meetingId, None));
        kit.Db.ChangeTracker.Clear();
        await kit.Meetings.SignMinutesAsync(scribe.User, scribe.Viewer, meetingId, None);
        kit.Db.ChangeTracker.Clear();
        await kit.Meetings.SignMinutesAsync(chair.User, chair.Viewer, meetingId, None);

        Assert.Equal("Vắng có lý do: vui lòng ghi lý do vắng.", missingReason.Message);
        Assert.Equal("Thư ký cuộc họp ký biên bản trước, sau đó đến chủ trì.", chairFirst.Message);
        var document = await kit.Db.Set<OutgoingDocument>().AsNoTracking().SingleAsync(d => d.Id == documentId);
        Assert.Equal(DocumentStatus.Issued, document.Status);
        Assert.Equal(DocumentKind.Party, document.Kind);
        var file = Path.Combine(Path.GetTempPath(), $"sprout-minutes-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, document.SignedPdf!);
        try
        {
            var pdfsig = Tool("pdfsig", file);
            Assert.Equal(2, pdfsig.Split("Signature is Valid.").Length - 1);
            Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
            var text = Tool("pdftotext", file, "-").Normalize();
            Assert.Contains("BIÊN BẢN", text, StringComparison.Ordinal);
            Assert.Contains("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
        var edit = await Assert.ThrowsAsync<CellRuleException>(() => kit.Meetings.SaveMinutesAsync(chair.User, chair.Viewer, meetingId,
            new MinutesDraft(null, null, null, "", "", "", "", 0, 0, 0), None));
        Assert.Equal("Biên bản đã chuyển sang ký số: không sửa được nữa.", edit.Message);
    }

    [Fact]
    public async Task An_admission_follows_the_steps_in_order_and_counts_toward_new_members()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        var secretary = members.First(m => m.Viewer.Secretary);
        // A teacher with an account, outside the cell and not the demo teacher other tests use as a non-member.
        var candidateStaff = await kit.Db.StaffMembers.AsNoTracking()
            .Where(s => s.UserId != null && s.Position == "Giáo viên" && s.Email != $"giaovien@{DemoAccounts.Domain}"
                && !kit.Db.PartyMembers.Any(p => p.StaffMemberId == s.Id) && !kit.Db.Set<AdmissionCandidate>().Any(c => c.StaffMemberId == s.Id))
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var before = await kit.Targets.ComputeAsync(2027, new DateOnly(2027, 12, 31), None);
        var candidateId = await kit.Admissions.AddCandidateAsync(secretary.User, secretary.Viewer, candidateStaff, members[3].Viewer.MemberId, null, None);
        var day = new DateOnly(2026, 1, 5);

        var tooEarly = await Assert.ThrowsAsync<CellRuleException>(() =>
            kit.Admissions.RecordStepAsync(secretary.User, secretary.Viewer, candidateId, AdmissionStep.CellResolution, day, "Nghị quyết số 01-NQ/CB", "", None));
        kit.Db.ChangeTracker.Clear();
        foreach (var step in Enum.GetValues<AdmissionStep>().Where(s => s <= AdmissionStep.ProbationReview))
        {
            day = day.AddDays(10);
            await kit.Admissions.RecordStepAsync(secretary.User, secretary.Viewer, candidateId, step, day, $"Giấy tờ bước {(int)step}", "", None);
            kit.Db.ChangeTracker.Clear();
        }
        var earlyFull = await Assert.ThrowsAsync<CellRuleException>(() =>
            kit.Admissions.RecordStepAsync(secretary.User, secretary.Viewer, candidateId, AdmissionStep.FullMembership, day.AddMonths(6), "Nghị quyết công nhận", "", None));
        kit.Db.ChangeTracker.Clear();

        Assert.StartsWith("Chưa thực hiện bước “Quần chúng ưu tú được giới thiệu”", tooEarly.Message, StringComparison.Ordinal);
        Assert.Contains("12 tháng", earlyFull.Message, StringComparison.Ordinal);
        var member = await kit.Db.PartyMembers.AsNoTracking().SingleAsync(p => p.StaffMemberId == candidateStaff);
        Assert.Equal(PartyMembershipStatus.Probationary, member.Status);
        var after = await kit.Targets.ComputeAsync(2027, new DateOnly(2027, 12, 31), None);
        Assert.Equal(before.Admitted + 1, after.Admitted);
        Assert.True(await kit.Db.Set<RefusedAction>().AnyAsync(r => r.Reason == tooEarly.Message));

        await kit.Admissions.RecordStepAsync(secretary.User, secretary.Viewer, candidateId, AdmissionStep.FullMembership, day.AddMonths(12), "Nghị quyết công nhận đảng viên chính thức", "", None);
        Assert.Equal(PartyMembershipStatus.Full, (await kit.Db.PartyMembers.AsNoTracking().SingleAsync(p => p.StaffMemberId == candidateStaff)).Status);
    }

    [Fact]
    public async Task The_cell_cannot_resolve_to_admit_someone_under_18_on_the_day_it_considers_them()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        var secretary = members.First(m => m.Viewer.Secretary);
        var candidateStaff = await kit.Db.StaffMembers.AsNoTracking()
            .Where(s => s.UserId != null && s.Position == "Giáo viên" && s.Email != $"giaovien@{DemoAccounts.Domain}"
                && !kit.Db.PartyMembers.Any(p => p.StaffMemberId == s.Id) && !kit.Db.Set<AdmissionCandidate>().Any(c => c.StaffMemberId == s.Id))
            .OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync();
        var resolutionDay = new DateOnly(2026, 6, 1);
        var born = resolutionDay.AddYears(-18).AddDays(10);
        await kit.Db.StaffMembers.Where(s => s.Id == candidateStaff).ExecuteUpdateAsync(u => u.SetProperty(s => s.DateOfBirth, born));
        var candidateId = await kit.Admissions.AddCandidateAsync(secretary.User, secretary.Viewer, candidateStaff, members[3].Viewer.MemberId, null, None);
        var day = new DateOnly(2026, 1, 5);
        foreach (var step in Enum.GetValues<AdmissionStep>().Where(s => s < AdmissionStep.CellResolution))
        {
            day = day.AddDays(10);
            await kit.Admissions.RecordStepAsync(secretary.User, secretary.Viewer, candidateId, step, day, $"Giấy tờ bước {(int)step}", "", None);
            kit.Db.ChangeTracker.Clear();
        }

        var tooYoung = await Assert.ThrowsAsync<CellRuleException>(() =>
            kit.Admissions.RecordStepAsync(secretary.User, secretary.Viewer, candidateId, AdmissionStep.CellResolution, resolutionDay, "Nghị quyết số 02-NQ/CB", "", None));
        kit.Db.ChangeTracker.Clear();
        Assert.Equal(
            $"Người vào Đảng phải đủ 18 tuổi tại thời điểm chi bộ xét kết nạp (Quy định 294-QĐ/TW). Ngày 01/06/2026, người này mới 17 tuổi 11 tháng; có thể xét từ ngày {born.AddYears(18):dd/MM/yyyy}.",
            tooYoung.Message);
        Assert.True(await kit.Db.Set<RefusedAction>().AnyAsync(r => r.Reason == tooYoung.Message));

        await kit.Admissions.RecordStepAsync(secretary.User, secretary.Viewer, candidateId, AdmissionStep.CellResolution, born.AddYears(18), "Nghị quyết số 02-NQ/CB", "", None);
        Assert.True(await kit.Db.Set<AdmissionStepRecord>().AnyAsync(r => r.AdmissionCandidateId == candidateId && r.Step == AdmissionStep.CellResolution));
    }

    [Fact]
    public async Task A_report_reaches_the_ward_only_once_signed_issued_and_sent()
    {
        await using var kit = await CellKit.OpenAsync(app);
        var members = await kit.MembersAsync();
        var secretary = members.First(m => m.Viewer.Secretary);
        var deputy = members.First(m => m.Viewer.Committee && !m.Viewer.Secretary);
        var documentId = await kit.Reports.CreateAsync(secretary.User, secretary.Viewer, ReportPeriodKind.Quarter, 2026, 3, "Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.", None);
        var reportId = await kit.Db.Set<CellReport>().Where(r => r.OutgoingDocumentId == documentId).Select(r => r.Id).SingleAsync();
        var title = (await kit.Db.Set<OutgoingDocument>().AsNoTracking().SingleAsync(d => d.Id == documentId)).Title;
        var ward = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(ward, "canbophuong@viethung.gov.vn", DemoAccounts.Password);

        var unsigned = await Assert.ThrowsAsync<CellRuleException>(() => kit.Reports.SendAsync(secretary.User, secretary.Viewer, reportId, None));
        kit.Db.ChangeTracker.Clear();
        var listBefore = WebUtility.HtmlDecode(await ward.GetStringAsync("/phuong/bao-cao-chi-bo"));
        var pdfBefore = await ward.GetAsync($"/phuong/bao-cao-chi-bo/{reportId}.pdf");
        await kit.Documents.SubmitAsync(documentId, secretary.User, None);
        await kit.Documents.ApproveAsync(documentId, deputy.User, null, None);
        await kit.Documents.SignAsync(documentId, secretary.User, None);
        await kit.Documents.IssueAsync(documentId, secretary.User, false, None);
        kit.Db.ChangeTracker.Clear();
        await kit.Reports.SendAsync(secretary.User, secretary.Viewer, reportId, None);

        Assert.Equal("Báo cáo chưa được ký số và ban hành: chưa gửi được.", unsigned.Message);
        Assert.DoesNotContain(title, listBefore, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pdfBefore.StatusCode);
        Assert.Contains(title, WebUtility.HtmlDecode(await ward.GetStringAsync("/phuong/bao-cao-chi-bo")), StringComparison.Ordinal);
        var pdf = await ward.GetAsync($"/phuong/bao-cao-chi-bo/{reportId}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var body = await kit.Db.Set<OutgoingDocument>().AsNoTracking().Where(d => d.Id == documentId).Select(d => d.Body).SingleAsync();
        Assert.Equal("Báo cáo kết quả công tác xây dựng Đảng quý III năm 2026", title);
        Assert.Contains("Tổng số đảng viên", body, StringComparison.Ordinal);
    }
}
