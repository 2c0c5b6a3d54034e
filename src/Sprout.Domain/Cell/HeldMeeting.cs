namespace Sprout.Domain.Cell;

/// <summary>A meeting held in the reported period; <see cref="Theme"/> is the topic of a thematic meeting.</summary>
public sealed record HeldMeeting(DateOnly Date, MeetingKind Kind, string? Theme = null);
