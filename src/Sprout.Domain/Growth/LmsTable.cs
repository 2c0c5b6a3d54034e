namespace Sprout.Domain.Growth;

/// <summary>
/// An LMS table held as one array per sex, indexed by an integer key (age in days, age in months
/// or length in tenths of a cm), so a lookup is a bounds check and an array read.
/// </summary>
public sealed class LmsTable
{
    private readonly LmsRow[] _male;
    private readonly LmsRow[] _female;

    internal LmsTable(string name, int firstKey, LmsRow[] male, LmsRow[] female)
    {
        Name = name;
        FirstKey = firstKey;
        _male = male;
        _female = female;
        LastKey = firstKey + male.Length - 1;
    }

    /// <summary>The embedded file the table came from.</summary>
    public string Name { get; }

    public int FirstKey { get; }

    public int LastKey { get; }

    public bool TryGet(Sex sex, int key, out LmsRow row)
    {
        var rows = sex == Sex.Male ? _male : _female;
        var index = (uint)(key - FirstKey);
        if (index < (uint)rows.Length)
        {
            row = rows[index];
            return true;
        }

        row = default;
        return false;
    }
}
