namespace Sprout.Domain.Plan;

/// <summary>
/// The plan Sprout was built from: the 2025–2027 plan of the Party cell of Trường Mầm non Đô Thị Việt Hưng,
/// shipped inside the assembly for the demo school and for tests.
/// </summary>
public static class SeedPlan
{
    private const string ResourceName = "Sprout.Domain.Plan.Data.seed-plan.vi.txt";
    private static readonly Lazy<PlanDocument> Parsed = new(() => PlanParser.Parse(Text()));

    /// <summary>The parsed seed plan (parsed once, immutable).</summary>
    public static PlanDocument Load() => Parsed.Value;

    /// <summary>The seed plan's text exactly as shipped (UTF-8, NFC).</summary>
    public static string Text()
    {
        using var stream = typeof(SeedPlan).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Thiếu tài nguyên " + ResourceName + " trong Sprout.Domain.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
