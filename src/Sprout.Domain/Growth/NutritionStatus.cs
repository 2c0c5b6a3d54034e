namespace Sprout.Domain.Growth;

/// <summary>
/// Classifies z-scores into the Vietnamese nutrition terms used in kindergartens.
/// </summary>
/// <remarks>
/// Cut-offs: WHO Child Growth Standards (2006) and WHO "Training course on child growth assessment"
/// (2008) for under 5 years: underweight, stunting and wasting below −2 SD, severe below −3 SD,
/// overweight above +2 SD and obesity above +3 SD of weight-for-length/height (BMI-for-age where that
/// is missing). WHO Reference 2007 (de Onis et al., Bull WHO 2007;85:660–7) for 5–19 years:
/// overweight above +1 SD and obesity above +2 SD of BMI-for-age, bodyProportion below −2 SD of
/// BMI-for-age. Vietnam's National Institute of Nutrition (Viện Dinh dưỡng) uses the same cut-offs
/// with these terms. Z-scores flagged as implausible are left out: they point to a measuring error,
/// not to a child's state.
/// </remarks>
public static class NutritionStatus
{
    public const string Normal = "Bình thường";
    public const string NotAssessable = "Không đủ số liệu để đánh giá";

    private const string Severe = " mức độ nặng";
    private const string UnderweightTerm = "Suy dinh dưỡng thể nhẹ cân";
    private const string StuntedTerm = "Suy dinh dưỡng thể thấp còi";
    private const string WastedTerm = "Suy dinh dưỡng thể gầy còm";
    private const string OverweightTerm = "Thừa cân";
    private const string ObeseTerm = "Béo phì";

    /// <summary>The findings, or null when none of the z-scores needed is available.</summary>
    public static NutritionFindings? Classify(in GrowthResult result)
    {
        var schoolAge = result.Reference == GrowthReference.Who2007;
        var weightForAge = Usable(result.WeightForAge);
        var heightForAge = Usable(result.LengthHeightForAge);
        var bmiForAge = Usable(result.BmiForAge);
        var bodyProportion = schoolAge ? bmiForAge : Usable(result.WeightForLengthHeight) ?? bmiForAge;
        if (weightForAge is null && heightForAge is null && bodyProportion is null)
        {
            return null;
        }

        var findings = NutritionFindings.None;
        findings |= Low(weightForAge, NutritionFindings.Underweight, NutritionFindings.SeverelyUnderweight);
        findings |= Low(heightForAge, NutritionFindings.Stunted, NutritionFindings.SeverelyStunted);
        findings |= Low(bodyProportion, NutritionFindings.Wasted, NutritionFindings.SeverelyWasted);

        // From 5 years WHO sets the BMI cut-offs one SD lower, matching adult BMI 25 and 30 at 19 years.
        var overweightAbove = schoolAge ? 1 : 2;
        if (bodyProportion is { } z)
        {
            if (z > overweightAbove + 1)
            {
                findings |= NutritionFindings.Obese;
            }
            else if (z > overweightAbove)
            {
                findings |= NutritionFindings.Overweight;
            }
        }

        return findings;
    }

    /// <summary>The Vietnamese terms for the findings, most serious first; "Bình thường" when there are none.</summary>
    public static IReadOnlyList<string> Describe(NutritionFindings? findings)
    {
        if (findings is not { } f)
        {
            return [NotAssessable];
        }

        var terms = new List<string>(3);
        AddLow(terms, f, NutritionFindings.Underweight, NutritionFindings.SeverelyUnderweight, UnderweightTerm);
        AddLow(terms, f, NutritionFindings.Stunted, NutritionFindings.SeverelyStunted, StuntedTerm);
        AddLow(terms, f, NutritionFindings.Wasted, NutritionFindings.SeverelyWasted, WastedTerm);
        if (f.HasFlag(NutritionFindings.Obese))
        {
            terms.Add(ObeseTerm);
        }
        else if (f.HasFlag(NutritionFindings.Overweight))
        {
            terms.Add(OverweightTerm);
        }

        if (terms.Count == 0)
        {
            terms.Add(Normal);
        }

        return terms;
    }

    /// <summary>Classifies and joins the terms with "; " for a report cell.</summary>
    public static string Summarize(in GrowthResult result) => string.Join("; ", Describe(Classify(result)));

    private static double? Usable(GrowthZScore? score) =>
        score is { Implausible: false } s ? s.Value : null;

    private static NutritionFindings Low(double? z, NutritionFindings moderate, NutritionFindings severe) => z switch
    {
        < -3 => severe,
        < -2 => moderate,
        _ => NutritionFindings.None,
    };

    private static void AddLow(List<string> terms, NutritionFindings f, NutritionFindings moderate, NutritionFindings severe, string term)
    {
        if (f.HasFlag(severe))
        {
            terms.Add(term + Severe);
        }
        else if (f.HasFlag(moderate))
        {
            terms.Add(term);
        }
    }
}
