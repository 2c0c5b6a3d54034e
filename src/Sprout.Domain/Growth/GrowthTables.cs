using System.Globalization;
using System.Reflection;

namespace Sprout.Domain.Growth;

/// <summary>The WHO LMS tables embedded in this assembly, parsed once on first use.</summary>
public sealed class GrowthTables
{
    private GrowthTables()
    {
        Who2006WeightForAge = Load("who2006-weight-for-age.csv", KeyScale.Whole);
        Who2006LengthHeightForAge = Load("who2006-length-height-for-age.csv", KeyScale.Whole);
        Who2006WeightForLength = Load("who2006-weight-for-length.csv", KeyScale.Tenths);
        Who2006WeightForHeight = Load("who2006-weight-for-height.csv", KeyScale.Tenths);
        Who2006BmiForAge = Load("who2006-bmi-for-age.csv", KeyScale.Whole);
        Who2006HeadCircumferenceForAge = Load("who2006-head-circumference-for-age.csv", KeyScale.Whole);
        Who2006ArmCircumferenceForAge = Load("who2006-arm-circumference-for-age.csv", KeyScale.Whole);
        Who2006TricepsSkinfoldForAge = Load("who2006-triceps-skinfold-for-age.csv", KeyScale.Whole);
        Who2006SubscapularSkinfoldForAge = Load("who2006-subscapular-skinfold-for-age.csv", KeyScale.Whole);
        Who2007WeightForAge = Load("who2007-weight-for-age.csv", KeyScale.Whole);
        Who2007HeightForAge = Load("who2007-height-for-age.csv", KeyScale.Whole);
        Who2007BmiForAge = Load("who2007-bmi-for-age.csv", KeyScale.Whole);
    }

    private enum KeyScale
    {
        Whole,
        Tenths,
    }

    /// <summary>The shared instance; the nested holder defers parsing until a table is first needed.</summary>
    public static GrowthTables Who => Holder.Instance;

    /// <summary>Keyed by age in days, 0–1826.</summary>
    public LmsTable Who2006WeightForAge { get; }

    /// <summary>Keyed by age in days, 0–1826; length up to 730 days, height from 731.</summary>
    public LmsTable Who2006LengthHeightForAge { get; }

    /// <summary>Keyed by length in tenths of a cm, 450–1100.</summary>
    public LmsTable Who2006WeightForLength { get; }

    /// <summary>Keyed by height in tenths of a cm, 650–1200.</summary>
    public LmsTable Who2006WeightForHeight { get; }

    public LmsTable Who2006BmiForAge { get; }

    public LmsTable Who2006HeadCircumferenceForAge { get; }

    /// <summary>Keyed by age in days, 91–1826.</summary>
    public LmsTable Who2006ArmCircumferenceForAge { get; }

    /// <summary>Keyed by age in days, 91–1826; skinfold in mm.</summary>
    public LmsTable Who2006TricepsSkinfoldForAge { get; }

    /// <summary>Keyed by age in days, 91–1826; skinfold in mm.</summary>
    public LmsTable Who2006SubscapularSkinfoldForAge { get; }

    /// <summary>Keyed by age in whole months, 60–121 (121 repeats 120 as the upper interpolation neighbour).</summary>
    public LmsTable Who2007WeightForAge { get; }

    /// <summary>Keyed by age in whole months, 60–229 (229 repeats 228).</summary>
    public LmsTable Who2007HeightForAge { get; }

    /// <summary>Keyed by age in whole months, 60–229 (229 repeats 228).</summary>
    public LmsTable Who2007BmiForAge { get; }

    private static LmsTable Load(string fileName, KeyScale scale)
    {
        var resource = "Sprout.Domain.Growth.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded growth table {resource} is missing.");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine();

        var male = new List<LmsRow>(4000);
        var female = new List<LmsRow>(4000);
        int? firstMale = null;
        int? firstFemale = null;
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(',');
            var sex = int.Parse(cells[0], CultureInfo.InvariantCulture);
            var rawKey = double.Parse(cells[1], CultureInfo.InvariantCulture);
            var key = scale == KeyScale.Tenths ? (int)Math.Round(rawKey * 10) : (int)rawKey;
            var row = new LmsRow(
                double.Parse(cells[2], CultureInfo.InvariantCulture),
                double.Parse(cells[3], CultureInfo.InvariantCulture),
                double.Parse(cells[4], CultureInfo.InvariantCulture));
            var (rows, first) = sex == 1 ? (male, firstMale ??= key) : (female, firstFemale ??= key);

            // Array indexing assumes one row per key with no gaps; fail loudly if a table breaks that.
            if (key != first + rows.Count)
            {
                throw new InvalidDataException($"{fileName} line {lineNumber}: key {rawKey} is out of sequence.");
            }

            rows.Add(row);
        }

        if (firstMale != firstFemale || male.Count != female.Count || male.Count == 0)
        {
            throw new InvalidDataException($"{fileName}: male and female rows do not cover the same keys.");
        }

        return new LmsTable(fileName, firstMale!.Value, [.. male], [.. female]);
    }

    private static class Holder
    {
        internal static readonly GrowthTables Instance = new();
    }
}
