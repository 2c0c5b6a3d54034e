namespace Sprout.Domain.Cell;

/// <summary>The show of hands on the conclusion: for, against, and present members who did not vote.</summary>
public sealed record ResolutionVote(int For, int Against, int NotVoting);
