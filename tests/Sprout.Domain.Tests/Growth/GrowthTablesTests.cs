using Sprout.Domain.Growth;

namespace Sprout.Domain.Tests.Growth;

public class GrowthTablesTests
{
    public static TheoryData<string, int, int> Ranges => new()
    {
        { nameof(GrowthTables.Who2006WeightForAge), 0, 1826 },
        { nameof(GrowthTables.Who2006LengthHeightForAge), 0, 1826 },
        { nameof(GrowthTables.Who2006WeightForLength), 450, 1100 },
        { nameof(GrowthTables.Who2006WeightForHeight), 650, 1200 },
        { nameof(GrowthTables.Who2006BmiForAge), 0, 1826 },
        { nameof(GrowthTables.Who2006HeadCircumferenceForAge), 0, 1826 },
        { nameof(GrowthTables.Who2006ArmCircumferenceForAge), 91, 1826 },
        { nameof(GrowthTables.Who2006TricepsSkinfoldForAge), 91, 1826 },
        { nameof(GrowthTables.Who2006SubscapularSkinfoldForAge), 91, 1826 },
        { nameof(GrowthTables.Who2007WeightForAge), 60, 121 },
        { nameof(GrowthTables.Who2007HeightForAge), 60, 229 },
        { nameof(GrowthTables.Who2007BmiForAge), 60, 229 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Every_embedded_table_covers_the_range_the_readme_gives(string property, int firstKey, int lastKey)
    {
        var table = (LmsTable)typeof(GrowthTables).GetProperty(property)!.GetValue(GrowthTables.Who)!;

        Assert.Equal(firstKey, table.FirstKey);
        Assert.Equal(lastKey, table.LastKey);
        Assert.True(table.TryGet(Sex.Female, lastKey, out _));
        Assert.False(table.TryGet(Sex.Male, lastKey + 1, out _));
        Assert.False(table.TryGet(Sex.Male, firstKey - 1, out _));
    }

    [Fact]
    public void Rows_are_read_exactly_as_written_in_the_csv()
    {
        // who2006-weight-for-length.csv "2,52.8,-0.3833,3.9837,0.09092,L"; who2007-bmi-for-age.csv "1,120,-1.7407,16.4433,0.10566".
        Assert.True(GrowthTables.Who.Who2006WeightForLength.TryGet(Sex.Female, 528, out var wfl));
        Assert.Equal(new LmsRow(-0.3833, 3.9837, 0.09092), wfl);
        Assert.True(GrowthTables.Who.Who2007BmiForAge.TryGet(Sex.Male, 120, out var bmi));
        Assert.Equal(new LmsRow(-1.7407, 16.4433, 0.10566), bmi);
    }

    [Fact]
    public void Day_1827_is_the_first_day_of_the_2007_reference()
    {
        var r = GrowthCalculator.Compute(new GrowthInput { Sex = Sex.Male, AgeDays = 1827, LengthHeightCm = 110, WeightKg = 18.5 });

        Assert.Equal(GrowthReference.Who2007, r.Reference);
        Assert.Equal(1827 / 30.4375, r.AgeMonths);
        Assert.NotNull(r.LengthHeightForAge);
        Assert.Null(r.WeightForLengthHeight);
    }
}
