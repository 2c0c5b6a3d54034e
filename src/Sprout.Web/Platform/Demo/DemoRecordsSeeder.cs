using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Demo;
using Sprout.Domain.Plan;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Health;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Schools;

namespace Sprout.Web.Platform.Demo;

/// <summary>
/// What a school running Sprout for a while has recorded: the plan, the cell's meetings, training, commitments,
/// ratings, development assessments and hand-entered figures with evidence, so the targets show real values.
/// The trend is backfilled the way the dashboard records it: by computing every target as of each past month's end.
/// </summary>
internal static class DemoRecordsSeeder
{
    /// <summary>A one-page PDF standing in for a scanned evidence document.</summary>
    private static readonly byte[] EvidencePdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static async Task SeedAsync(SproutDbContextFactory contexts, int schoolId, VietnameseNameGenerator random, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = contexts.Create(SchoolScope.ForSchool(schoolId));
        var principal = await db.StaffMembers.AsNoTracking().Where(s => s.Position == "Hiệu trưởng").Select(s => s.FamilyName + " " + s.MiddleName + " " + s.GivenName).FirstAsync(ct);
        db.Add(PlanService.FromDocument(schoolId, SeedPlan.Load(), principal, now));

        var members = await db.PartyMembers.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.StaffMemberId, p.CellPosition }).ToListAsync(ct);
        var staff = await db.StaffMembers.AsNoTracking().Select(s => new { s.Id, s.Position }).ToListAsync(ct);
        SeedMeetings(db, schoolId, members.Select(m => m.Id).ToList(), random, today);

        var managers = staff.Where(s => s.Position is "Hiệu trưởng" or "Phó hiệu trưởng").Select(s => s.Id);
        foreach (var id in members.Select(m => m.StaffMemberId).Concat(managers).Distinct().Where(_ => random.Chance(0.85)))
        {
            db.Add(Training(schoolId, id, TrainingTopic.PoliticalTheory, "Bồi dưỡng lý luận chính trị, đạo đức công vụ", new DateOnly(2025, random.Next(3, 12), 10)));
        }
        foreach (var s in staff.Where(_ => random.Chance(0.7)))
        {
            db.Add(Training(schoolId, s.Id, TrainingTopic.DigitalAndAi, "Tập huấn chuyển đổi số và ứng dụng AI trong giáo dục mầm non", new DateOnly(2025, random.Next(6, 12), 20)));
        }
        foreach (var s in staff.Where(_ => random.Chance(0.93)))
        {
            db.Add(new EthicsCommitment { SchoolId = schoolId, StaffMemberId = s.Id, Year = today.Year, SignedAt = now.AddDays(-random.Next(30, 300)) });
        }
        foreach (var m in members)
        {
            db.Add(new MemberCommitment
            {
                SchoolId = schoolId, PartyMemberId = m.Id, Year = today.Year, SignedAt = now.AddDays(-random.Next(200, 320)),
                Commitment = "Rèn luyện phẩm chất chính trị, đạo đức, lối sống; gương mẫu trong công tác.",
                ExemplaryDeed = "Đi đầu trong ứng dụng công nghệ thông tin vào công việc.", Innovation = "Số hóa hồ sơ chuyên môn của tổ.",
            });
            db.Add(new MemberEvaluation
            {
                SchoolId = schoolId, PartyMemberId = m.Id, Year = today.Year - 1, SelfLevel = EvaluationLevel.Good,
                SelfAssessment = "Hoàn thành tốt nhiệm vụ được giao.", DecidedLevel = random.Chance(0.2) ? EvaluationLevel.Excellent : EvaluationLevel.Good,
            });
        }
        SeedAdmissions(db, schoolId, staff.Where(s => s.Position == "Giáo viên" && !members.Any(m => m.StaffMemberId == s.Id)).Select(s => s.Id).ToList(),
            members[0].Id, principal, today);
        db.Add(new CellRating { SchoolId = schoolId, Year = today.Year - 1, Level = EvaluationLevel.Excellent, FourGood = true, Decision = "Quyết định của Đảng ủy phường", RecordedBy = principal, Public = true });
        await SeedDevelopmentAsync(db, schoolId, random, today, ct);
        SeedManualValues(db, schoolId, principal, random, today, now);
        await db.SaveChangesAsync(ct);

        // The dashboard records one value per month; backfill the past months as it would have recorded them.
        var targets = new PlanTargets(db, new CellTargets(db));
        var month = new DateOnly(today.Year, today.Month, 1);
        for (var back = 11; back >= 1; back--)
        {
            var end = month.AddMonths(-back + 1).AddDays(-1);
            var rows = await targets.ComputeAsync(end, recordSnapshot: false, ct);
            db.AddRange(rows.Where(r => r.Value is { } v && !double.IsNaN(v))
                .Select(r => new TargetSnapshot { SchoolId = schoolId, Code = r.Target.Code, Month = new DateOnly(end.Year, end.Month, 1), Value = r.Value!.Value }));
        }
        await db.SaveChangesAsync(ct);
    }

    private static StaffTraining Training(int schoolId, int staffId, TrainingTopic topic, string title, DateOnly on) =>
        new() { SchoolId = schoolId, StaffMemberId = staffId, Topic = topic, Title = title, Provider = "Trung tâm Chính trị phường Việt Hưng", CompletedOn = on };

    /// <summary>A regular meeting each month and a thematic one in the middle month of each quarter, since January last year.</summary>
    private static void SeedMeetings(SproutDbContext db, int schoolId, List<int> members, VietnameseNameGenerator random, DateOnly today)
    {
        string[] themes =
        [
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Chuyển đổi số trong nhà trường",
            "Đạo đức nhà giáo", "Nâng cao chất lượng sinh hoạt chi bộ",
        ];
        for (var month = new DateOnly(today.Year - 1, 1, 1); month.AddDays(4) < today; month = month.AddMonths(1))
        {
            Add(MeetingKind.Regular, month.AddDays(4), null);
            if (month.Month % 3 == 2 && month.AddDays(19) < today)
            {
                Add(MeetingKind.Thematic, month.AddDays(19), themes[(month.Month / 3) % themes.Length]);
            }
        }

        void Add(MeetingKind kind, DateOnly date, string? theme)
        {
            var meeting = new CellMeeting
            {
                SchoolId = schoolId, Kind = kind, Date = date, StartTime = new TimeOnly(16, 30), Place = "Phòng họp nhà trường", Theme = theme,
                Agenda = "Đánh giá kết quả tháng, phương hướng tháng tới.", Stage = MeetingStage.Held,
            };
            foreach (var id in members)
            {
                var present = random.Chance(0.99);
                meeting.Attendance.Add(new MeetingAttendance
                {
                    SchoolId = schoolId, PartyMemberId = id, Mark = present ? AttendanceMark.Present : AttendanceMark.AbsentExcused, Reason = present ? null : "Ốm",
                });
            }
            db.Add(meeting);
        }
    }

    /// <summary>Two outstanding teachers: one admitted last autumn and on probation, one whose dossier is being prepared.</summary>
    private static void SeedAdmissions(SproutDbContext db, int schoolId, List<int> teachers, int mentorId, string by, DateOnly today)
    {
        if (teachers.Count < 2)
        {
            return;
        }
        var admitted = new AdmissionCandidate { SchoolId = schoolId, StaffMemberId = teachers[^1], MentorMemberId = mentorId };
        var preparing = new AdmissionCandidate { SchoolId = schoolId, StaffMemberId = teachers[^2], MentorMemberId = mentorId };
        var start = new DateOnly(today.Year - 1, 1, 10);
        foreach (var step in Enum.GetValues<AdmissionStep>().Where(s => s <= AdmissionStep.AdmissionCeremony))
        {
            var date = start.AddDays(25 * (int)step);
            admitted.Steps.Add(new AdmissionStepRecord { SchoolId = schoolId, Step = step, Date = date, Document = $"Hồ sơ bước {(int)step + 1}", RecordedBy = by });
            if (step <= AdmissionStep.PersonalHistory)
            {
                preparing.Steps.Add(new AdmissionStepRecord { SchoolId = schoolId, Step = step, Date = date.AddYears(1) < today ? date.AddYears(1) : today, Document = $"Hồ sơ bước {(int)step + 1}", RecordedBy = by });
            }
        }
        db.AddRange(admitted, preparing);
        db.Add(new PartyMember
        {
            SchoolId = schoolId, StaffMemberId = admitted.StaffMemberId, AdmittedOn = start.AddDays(25 * (int)AdmissionStep.AdmissionDecision),
            Status = PartyMembershipStatus.Probationary, CellPosition = "Đảng viên",
        });
    }

    /// <summary>Last school year's end-of-year development assessment of the children now enrolled.</summary>
    private static async Task SeedDevelopmentAsync(SproutDbContext db, int schoolId, VietnameseNameGenerator random, DateOnly today, CancellationToken ct)
    {
        var period = $"{SchoolYear.Label(SchoolYear.StartYear(today) - 1)} cuối năm";
        var children = await db.Children.AsNoTracking().Where(c => c.ClassroomId != null).Select(c => c.Id).ToListAsync(ct);
        foreach (var child in children)
        {
            var missed = random.Chance(0.015) ? random.Pick(Enum.GetValues<DevelopmentDomain>()) : (DevelopmentDomain?)null;
            foreach (var domain in Enum.GetValues<DevelopmentDomain>())
            {
                db.Add(new DevelopmentAssessment { SchoolId = schoolId, ChildId = child, Period = period, Domain = domain, Achieved = domain != missed, AssessedBy = "Giáo viên chủ nhiệm" });
            }
        }
    }

    /// <summary>Figures no capability measures yet, entered by the principal with a scanned evidence document.</summary>
    private static void SeedManualValues(SproutDbContext db, int schoolId, string principal, VietnameseNameGenerator random, DateOnly today, DateTimeOffset now)
    {
        (string Code, double Value, string File, string Note)[] values =
        [
            ("T2", 100, "bien-ban-xep-loai-cong-doan-chi-doan.pdf", "Công đoàn và chi đoàn đều xếp loại Tốt."),
            ("T11", 90 + (random.Next(0, 50) / 10.0), "ket-qua-khao-sat-sispas.pdf", "Khảo sát SISPAS học kỳ I."),
            ("T12", 100 * random.Next(12, 16) / 15.0, "bien-ban-kiem-ke-thiet-bi.pdf", "Kiểm kê thiết bị số các lớp."),
            ("T13", random.Next(70, 90), "danh-sach-sang-kien.pdf", "Danh sách sáng kiến được công nhận."),
        ];
        foreach (var (code, value, file, note) in values)
        {
            db.Add(new TargetManualValue
            {
                SchoolId = schoolId, Code = code, Value = Math.Round(value, 1), AsOf = today.AddDays(-random.Next(5, 40)), Note = note,
                EvidenceFileName = file, EvidenceContentType = "application/pdf", Evidence = EvidencePdf, EnteredBy = principal, EnteredAt = now.AddDays(-random.Next(1, 5)),
            });
        }
    }
}
