namespace Sprout.Domain.Cell;

/// <summary>A session studying a resolution or directive, with how many of the expected members took part.</summary>
public sealed record StudySession(string Title, DateOnly Date, int Participants, int Expected);
