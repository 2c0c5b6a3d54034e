using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sprout.Web.Modules.Cell;

internal sealed class PartyMemberConfiguration : IEntityTypeConfiguration<PartyMember>
{
    public void Configure(EntityTypeBuilder<PartyMember> builder)
    {
        builder.Property(p => p.CardNumber).HasMaxLength(20);
        builder.Property(p => p.CellPosition).HasMaxLength(40);
        builder.Property(p => p.TransferredInFrom).HasMaxLength(200);
        builder.Property(p => p.TransferredOutTo).HasMaxLength(200);
        builder.Ignore(p => p.Active);
        builder.HasIndex(p => p.StaffMemberId).IsUnique();
        builder.HasOne(p => p.StaffMember).WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CellMeetingConfiguration : IEntityTypeConfiguration<CellMeeting>
{
    public void Configure(EntityTypeBuilder<CellMeeting> builder)
    {
        builder.HasIndex(m => new { m.SchoolId, m.Date });
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Theme).HasMaxLength(300);
        builder.Property(m => m.Agenda).HasMaxLength(4000);
        builder.Property(m => m.Assessment).HasMaxLength(20000);
        builder.Property(m => m.Directions).HasMaxLength(20000);
        builder.Property(m => m.Discussion).HasMaxLength(20000);
        builder.Property(m => m.Conclusion).HasMaxLength(20000);
        builder.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.CellMeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.HasIndex(a => new { a.CellMeetingId, a.PartyMemberId }).IsUnique();
        builder.Property(a => a.Reason).HasMaxLength(300);
        builder.HasOne(a => a.PartyMember).WithMany().HasForeignKey(a => a.PartyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StudySessionConfiguration : IEntityTypeConfiguration<StudySession>
{
    public void Configure(EntityTypeBuilder<StudySession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Summary).HasMaxLength(4000);
        builder.HasMany(s => s.Participants).WithOne().HasForeignKey(p => p.StudySessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StudyParticipationConfiguration : IEntityTypeConfiguration<StudyParticipation>
{
    public void Configure(EntityTypeBuilder<StudyParticipation> builder)
    {
        builder.HasIndex(p => new { p.StudySessionId, p.PartyMemberId }).IsUnique();
        builder.Property(p => p.Reflection).HasMaxLength(8000);
        builder.HasOne(p => p.PartyMember).WithMany().HasForeignKey(p => p.PartyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberCommitmentConfiguration : IEntityTypeConfiguration<MemberCommitment>
{
    public void Configure(EntityTypeBuilder<MemberCommitment> builder)
    {
        builder.HasIndex(c => new { c.PartyMemberId, c.Year }).IsUnique();
        builder.Property(c => c.Commitment).HasMaxLength(4000);
        builder.Property(c => c.ExemplaryDeed).HasMaxLength(1000);
        builder.Property(c => c.Innovation).HasMaxLength(1000);
        builder.Property(c => c.SelfReport).HasMaxLength(8000);
        builder.HasOne(c => c.PartyMember).WithMany().HasForeignKey(c => c.PartyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberEvaluationConfiguration : IEntityTypeConfiguration<MemberEvaluation>
{
    public void Configure(EntityTypeBuilder<MemberEvaluation> builder)
    {
        builder.HasIndex(e => new { e.PartyMemberId, e.Year }).IsUnique();
        builder.Property(e => e.SelfAssessment).HasMaxLength(8000);
        builder.HasOne(e => e.PartyMember).WithMany().HasForeignKey(e => e.PartyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Comments).WithOne().HasForeignKey(c => c.MemberEvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PeerCommentConfiguration : IEntityTypeConfiguration<PeerComment>
{
    public void Configure(EntityTypeBuilder<PeerComment> builder) => builder.Property(c => c.Text).HasMaxLength(4000);
}

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> builder)
    {
        builder.HasIndex(r => new { r.SchoolId, r.Year }).IsUnique();
        builder.Property(r => r.DecisionNotes).HasMaxLength(2000);
    }
}

internal sealed class BallotReceiptConfiguration : IEntityTypeConfiguration<BallotReceipt>
{
    public void Configure(EntityTypeBuilder<BallotReceipt> builder)
    {
        builder.HasKey(r => new { r.EvaluationRoundId, r.VoterMemberId });
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(r => r.EvaluationRoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BallotCountConfiguration : IEntityTypeConfiguration<BallotCount>
{
    public void Configure(EntityTypeBuilder<BallotCount> builder)
    {
        builder.HasKey(c => new { c.EvaluationRoundId, c.SubjectMemberId, c.Level });
        builder.HasOne<EvaluationRound>().WithMany().HasForeignKey(c => c.EvaluationRoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CellRatingConfiguration : IEntityTypeConfiguration<CellRating>
{
    public void Configure(EntityTypeBuilder<CellRating> builder)
    {
        builder.HasIndex(r => new { r.SchoolId, r.Year }).IsUnique();
        builder.Property(r => r.Decision).HasMaxLength(300);
        builder.Property(r => r.RecordedBy).HasMaxLength(150);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Subject).HasMaxLength(300);
        builder.Property(i => i.Findings).HasMaxLength(8000);
        builder.Property(i => i.Conclusion).HasMaxLength(8000);
        builder.HasIndex(i => new { i.SchoolId, i.Year });
    }
}

internal sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> builder)
    {
        builder.Property(d => d.Form).HasMaxLength(50);
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.DecisionReference).HasMaxLength(100);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(d => d.PartyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AdmissionCandidateConfiguration : IEntityTypeConfiguration<AdmissionCandidate>
{
    public void Configure(EntityTypeBuilder<AdmissionCandidate> builder)
    {
        builder.HasIndex(c => c.StaffMemberId).IsUnique();
        builder.Property(c => c.StoppedReason).HasMaxLength(500);
        builder.HasOne(c => c.StaffMember).WithMany().HasForeignKey(c => c.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.AdmissionCandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AdmissionStepRecordConfiguration : IEntityTypeConfiguration<AdmissionStepRecord>
{
    public void Configure(EntityTypeBuilder<AdmissionStepRecord> builder)
    {
        builder.Property(s => s.Document).HasMaxLength(300);
        builder.Property(s => s.Note).HasMaxLength(2000);
        builder.Property(s => s.RecordedBy).HasMaxLength(150);
        builder.HasIndex(s => new { s.AdmissionCandidateId, s.Step, s.Date });
    }
}

internal sealed class CellReportConfiguration : IEntityTypeConfiguration<CellReport>
{
    public void Configure(EntityTypeBuilder<CellReport> builder)
    {
        builder.HasIndex(r => new { r.SchoolId, r.Period, r.Year, r.Number }).IsUnique();
        builder.HasOne<Documents.OutgoingDocument>().WithMany().HasForeignKey(r => r.OutgoingDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
