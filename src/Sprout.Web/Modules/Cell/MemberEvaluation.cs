using Sprout.Domain.Cell;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Cell;

public enum EvaluationStage
{
    SelfAssessment = 0, // tự đánh giá
    PeerComments = 1,   // chi bộ góp ý
    Ballot = 2,         // bỏ phiếu kín
    Decided = 3,        // chi bộ đã quyết định
}

/// <summary>One member's yearly evaluation, in three steps: self-assessment, comments, the cell's secret ballot.</summary>
public class MemberEvaluation : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }
    public int PartyMemberId { get; set; }
    public PartyMember? PartyMember { get; set; }
    public string SelfAssessment { get; set; } = string.Empty;
    public EvaluationLevel? SelfLevel { get; set; }
    public DateTimeOffset? SelfSubmittedAt { get; set; }
    public EvaluationLevel? DecidedLevel { get; set; }
    public List<PeerComment> Comments { get; set; } = [];
}

public class PeerComment : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int MemberEvaluationId { get; set; }
    public int AuthorMemberId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>The cell's yearly evaluation round: which step it is at, and the secret ballot.</summary>
public class EvaluationRound : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }
    public EvaluationStage Stage { get; set; }

    /// <summary>Members entitled to vote, fixed when the ballot opens.</summary>
    public int EntitledVoters { get; set; }
    public DateTimeOffset? BallotOpenedAt { get; set; }
    public DateTimeOffset? BallotClosedAt { get; set; }

    /// <summary>Notes of the quota rule (see <see cref="Sprout.Domain.Cell.ExcellenceQuota"/>: Quy định 366-QĐ/TW, the 20 % kept from 124-QĐ/TW) applied when the ballot closed.</summary>
    public string DecisionNotes { get; set; } = string.Empty;
}

/// <summary>
/// "This member has voted in this round", nothing more: no time, no order, no link to a paper.
/// Keyed by (round, member), so a second vote is refused by the database too.
/// </summary>
public class BallotReceipt : ISchoolOwned
{
    public int SchoolId { get; set; }
    public int EvaluationRoundId { get; set; }
    public int VoterMemberId { get; set; }
}

/// <summary>
/// The running count for one (subject, level) in one round. Individual papers are never stored: each vote
/// adds to these counters, and every counter of the round is rewritten by every vote, so even the rows'
/// write order says nothing about who voted what.
/// </summary>
public class BallotCount : ISchoolOwned
{
    public int SchoolId { get; set; }
    public int EvaluationRoundId { get; set; }
    public int SubjectMemberId { get; set; }
    public EvaluationLevel Level { get; set; }
    public int Votes { get; set; }
}

/// <summary>The cell's own yearly rating by the ward Party committee (T1), with the "chi bộ 4 tốt" title.</summary>
public class CellRating : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int Year { get; set; }
    public EvaluationLevel Level { get; set; }
    public bool FourGood { get; set; }
    public string Decision { get; set; } = string.Empty;
    public required string RecordedBy { get; set; }

    /// <summary>Shown on the school's public portal (level and year only). Off until the committee chooses to announce it.</summary>
    public bool Public { get; set; }
}
