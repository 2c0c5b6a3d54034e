namespace Sprout.Domain.Cell;

/// <summary>A member with the level the ballot decided, before the Excellent quota is applied.</summary>
/// <param name="ExcellentVoteShare">Share of entitled voters who voted Excellent, 0 to 1.</param>
public sealed record ExcellenceCandidate(int MemberId, EvaluationLevel Level, double ExcellentVoteShare);
