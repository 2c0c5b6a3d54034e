namespace Sprout.Domain.Cell;

/// <summary>One member's contribution to the discussion, as the secretary summarised it.</summary>
public sealed record Opinion(string Name, string Text);
