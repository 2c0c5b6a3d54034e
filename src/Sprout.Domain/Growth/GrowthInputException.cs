namespace Sprout.Domain.Growth;

/// <summary>Bad batch input; the message is Vietnamese and names the row and column to fix.</summary>
public sealed class GrowthInputException : Exception
{
    public GrowthInputException()
    {
    }

    public GrowthInputException(string message)
        : base(message)
    {
    }

    public GrowthInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GrowthInputException(int rowNumber, string column, string problem)
        : base($"Dòng {rowNumber}, cột {column}: {problem}")
    {
        RowNumber = rowNumber;
        Column = column;
        Problem = problem;
    }

    /// <summary>1-based, the header being row 1, as a spreadsheet shows it.</summary>
    public int RowNumber { get; }

    public string? Column { get; }

    /// <summary>The problem alone, without row and column.</summary>
    public string? Problem { get; }
}
