namespace Sprout.Domain.Cell;

/// <summary>A member absent with leave, and the reason given to the cell.</summary>
public sealed record Absence(string Name, string Reason);
