namespace Sprout.Domain.Cell;

/// <summary>One target of the cell's plan as already assessed, e.g. ("T3", "Đảng viên dự sinh hoạt", "93,3 %", "Chưa đạt").</summary>
public sealed record TargetLine(string Code, string Name, string Value, string Status);
