namespace Sprout.Domain.Cell;

/// <summary>Something the cell has to do for one person in the admission pipeline, due on <see cref="Due"/>.</summary>
public sealed record Reminder(AdmissionStep Step, DateOnly Due, string Message);
