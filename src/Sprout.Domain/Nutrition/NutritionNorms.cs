namespace Sprout.Domain.Nutrition;

/// <summary>
/// What one child should get from the meals at school. The defaults follow the national
/// preschool programme (Chương trình giáo dục mầm non, Thông tư 28/2016/TT-BGDĐT as amended by
/// Thông tư 51/2020/TT-BGDĐT, part "Chế độ ăn"). A school (or a province's guidance) may set other
/// figures: build one with <c>with { ... }</c> from <see cref="NhaTre"/> or <see cref="MauGiao"/>.
/// </summary>
/// <param name="AgeGroup">The group the norm applies to.</param>
/// <param name="DailyNeedKcal">Energy need of a child for the whole day.</param>
/// <param name="SchoolSharePercent">Share of the daily need that the school provides.</param>
/// <param name="EnergyAtSchoolKcal">
/// The energy band used for "đánh giá lượng". The circular states it in kcal; it is kept as its
/// own figure rather than derived from the two bands above because the official nhà trẻ band
/// (600–651) is not the product of their ends.
/// </param>
/// <param name="ProteinPercent">Protein as % of energy (4 kcal/g).</param>
/// <param name="LipidPercent">Lipid as % of energy (9 kcal/g).</param>
/// <param name="GlucidPercent">Glucid as % of energy (4 kcal/g).</param>
/// <param name="MealSharePercent">Each meal's share of the daily need.</param>
public sealed record NutritionNorms(
    AgeGroup AgeGroup,
    Band DailyNeedKcal,
    Band SchoolSharePercent,
    Band EnergyAtSchoolKcal,
    Band ProteinPercent,
    Band LipidPercent,
    Band GlucidPercent,
    IReadOnlyDictionary<MealKind, Band> MealSharePercent)
{
    /// <summary>Nhà trẻ (12–36 months): 930–1000 kcal/day, 60–70 % at school = 600–651 kcal.</summary>
    public static NutritionNorms NhaTre { get; } = new(
        AgeGroup.NhaTre,
        DailyNeedKcal: new Band(930, 1000),
        SchoolSharePercent: new Band(60, 70),
        EnergyAtSchoolKcal: new Band(600, 651),
        ProteinPercent: new Band(13, 20),
        LipidPercent: new Band(30, 40),
        GlucidPercent: new Band(47, 50),
        MealSharePercent: new Dictionary<MealKind, Band>
        {
            [MealKind.Trua] = new Band(30, 35),
            [MealKind.Chieu] = new Band(25, 30),
            [MealKind.Phu] = new Band(5, 10),
        });

    /// <summary>
    /// Mẫu giáo (3–6 years): 1230–1320 kcal/day, 50–55 % at school = 615–726 kcal.
    /// Some school software uses 738 kcal as the top (60 % of 1230); the programme's 50–55 % gives 726.
    /// </summary>
    public static NutritionNorms MauGiao { get; } = new(
        AgeGroup.MauGiao,
        DailyNeedKcal: new Band(1230, 1320),
        SchoolSharePercent: new Band(50, 55),
        EnergyAtSchoolKcal: new Band(615, 726),
        ProteinPercent: new Band(13, 20),
        LipidPercent: new Band(25, 35),
        GlucidPercent: new Band(52, 60),
        MealSharePercent: new Dictionary<MealKind, Band>
        {
            [MealKind.Sang] = new Band(10, 15),
            [MealKind.Trua] = new Band(30, 35),
            [MealKind.Phu] = new Band(15, 25),
        });

    public static NutritionNorms For(AgeGroup group) => group switch
    {
        AgeGroup.NhaTre => NhaTre,
        AgeGroup.MauGiao => MauGiao,
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>
    /// The energy band of one meal in kcal: the lower share of the lower need to the upper share
    /// of the upper need. Null when the norm has no figure for that meal (e.g. "Chiều" in mẫu giáo).
    /// </summary>
    public Band? MealEnergyKcal(MealKind meal) =>
        MealSharePercent.TryGetValue(meal, out var share)
            ? new Band(share.Min * DailyNeedKcal.Min / 100, share.Max * DailyNeedKcal.Max / 100)
            : null;
}
