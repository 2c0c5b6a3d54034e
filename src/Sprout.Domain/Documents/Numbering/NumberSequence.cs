namespace Sprout.Domain.Documents;

/// <summary>The yearly numbering rule: numbers run from 01 on 1 January to 31 December, then start again.</summary>
/// <remarks>Only the arithmetic lives here; allocating without gaps or duplicates is the store's job.</remarks>
public static class NumberSequence
{
    /// <param name="lastIssuedNumber">The last number issued in the sequence, or null if none was ever issued.</param>
    /// <param name="lastIssuedYear">The calendar year of that number.</param>
    /// <param name="year">The year of the document being numbered.</param>
    public static int Next(int? lastIssuedNumber, int? lastIssuedYear, int year)
    {
        if (lastIssuedNumber is null || lastIssuedYear is null) return 1;
        if (year < lastIssuedYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Cannot number a {year} document after one from {lastIssuedYear}: the register only moves forward.");
        }

        return year > lastIssuedYear ? 1 : lastIssuedNumber.Value + 1;
    }

    public static int Next(int? lastIssuedNumber, DateOnly? lastIssuedOn, DateOnly issuedOn) =>
        Next(lastIssuedNumber, lastIssuedOn?.Year, issuedOn.Year);
}
