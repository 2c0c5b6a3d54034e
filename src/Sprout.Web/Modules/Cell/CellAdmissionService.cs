using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Cell;

/// <summary>The admission pipeline: each step in order, with its document and date; the ward's decision makes a probationary member.</summary>
public sealed class CellAdmissionService(SproutDbContext db, CellAccess access)
{
    public async Task<int> AddCandidateAsync(ClaimsPrincipal user, CellViewer viewer, int staffMemberId, int? mentorId, int? secondMentorId, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Công tác phát triển đảng viên", ct);
        if (await db.PartyMembers.AnyAsync(p => p.StaffMemberId == staffMemberId, ct))
        {
            throw new CellRuleException("Người này đã là đảng viên của chi bộ.");
        }
        if (await db.Set<AdmissionCandidate>().AnyAsync(c => c.StaffMemberId == staffMemberId, ct))
        {
            throw new CellRuleException("Người này đã có trong danh sách quần chúng ưu tú.");
        }
        if (!await db.StaffMembers.AnyAsync(s => s.Id == staffMemberId, ct))
        {
            throw new CellRuleException("Vui lòng chọn một cán bộ, giáo viên, nhân viên của trường.");
        }
        var candidate = new AdmissionCandidate { SchoolId = viewer.SchoolId, StaffMemberId = staffMemberId, MentorMemberId = mentorId, SecondMentorMemberId = secondMentorId };
        db.Add(candidate);
        await db.SaveChangesAsync(ct);
        return candidate.Id;
    }

    public async Task RecordStepAsync(ClaimsPrincipal user, CellViewer viewer, int candidateId, AdmissionStep step, DateOnly date, string document, string note, CancellationToken ct)
    {
        await access.RequireCommitteeAsync(user, viewer, "Công tác phát triển đảng viên", ct);
        var candidate = await db.Set<AdmissionCandidate>().Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == candidateId, ct)
            ?? throw new CellRuleException("Không tìm thấy hồ sơ quần chúng ưu tú.");
        if (candidate.StoppedReason is not null)
        {
            throw new CellRuleException("Hồ sơ này đã dừng: không ghi thêm bước.");
        }
        var done = Done(candidate);
        var refusal = AdmissionPipeline.CanRecord(step, done, date);
        if (refusal is not null)
        {
            await access.RefuseAsync(user, $"Ghi bước kết nạp \"{AdmissionSteps.Name(step)}\"", refusal, ct);
        }
        if (step is AdmissionStep.CellResolution or AdmissionStep.AdmissionDecision)
        {
            // The age is the cell's condition on the day it considers the person (Quy định 294-QĐ/TW).
            var born = await db.StaffMembers.Where(s => s.Id == candidate.StaffMemberId).Select(s => s.DateOfBirth).SingleAsync(ct);
            var tooYoung = AdmissionAge.Refusal(born, step == AdmissionStep.CellResolution ? date : done.GetValueOrDefault(AdmissionStep.CellResolution, date));
            if (tooYoung is not null)
            {
                await access.RefuseAsync(user, $"Ghi bước kết nạp \"{AdmissionSteps.Name(step)}\"", tooYoung, ct);
            }
        }
        if (string.IsNullOrWhiteSpace(document) && step is not AdmissionStep.Identified and not AdmissionStep.MentorsAssigned)
        {
            throw new CellRuleException("Vui lòng ghi số, tên văn bản hoặc giấy tờ chứng minh bước này.");
        }
        candidate.Steps.Add(new AdmissionStepRecord
        {
            SchoolId = candidate.SchoolId, AdmissionCandidateId = candidate.Id, Step = step, Date = date,
            Document = document.Trim(), Note = note.Trim(), RecordedBy = user.DisplayName(),
        });
        if (step == AdmissionStep.AdmissionDecision)
        {
            db.Add(new PartyMember
            {
                SchoolId = candidate.SchoolId, StaffMemberId = candidate.StaffMemberId, AdmittedOn = date,
                Status = PartyMembershipStatus.Probationary, CellPosition = "Đảng viên",
            });
        }
        else if (step == AdmissionStep.FullMembership)
        {
            var member = await db.PartyMembers.FirstAsync(p => p.StaffMemberId == candidate.StaffMemberId, ct);
            member.Status = PartyMembershipStatus.Full;
            member.FullMembershipOn = date;
        }
        await db.SaveChangesAsync(ct);
    }

    public static Dictionary<AdmissionStep, DateOnly> Done(AdmissionCandidate candidate) =>
        candidate.Steps.GroupBy(s => s.Step).ToDictionary(g => g.Key, g => g.Min(s => s.Date));
}
