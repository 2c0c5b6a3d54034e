using Sprout.Domain.Nutrition;
using static Sprout.Domain.Tests.Nutrition.Builders;

namespace Sprout.Domain.Tests.Nutrition;

public class AllergyCheckTests
{
    private static readonly Dish[] Dishes =
    [
        Dish("Cơm tẻ", ("gao-te", 60)),
        Dish("Tôm rim thịt", ("tom-dong", 25), ("thit-lon-vai", 20), ("nuoc-mam", 3)),
        Dish("Trứng đúc thịt", ("trung-ga", 30), ("thit-lon-xay", 15)),
        Dish("Bánh bông lan", ("banh-bong-lan", 40)),
        Dish("Xôi lạc", ("gao-nep", 30), ("lac", 10)),
    ];

    [Fact]
    public void Seafood_allergy_catches_shrimp_and_fish_sauce()
    {
        var conflicts = AllergyCheck.FindConflicts(Dishes, ["hải sản"], FoodTable.Default);
        Assert.Equal(["tom-dong", "nuoc-mam"], conflicts.Select(c => c.Food.Code));
        Assert.Equal("Món \"Tôm rim thịt\" có Tôm đồng — trẻ dị ứng hải sản.", conflicts[0].Message);
    }

    [Fact]
    public void Egg_allergy_catches_eggs_and_foods_made_with_egg()
    {
        var conflicts = AllergyCheck.FindConflicts(Dishes, ["Trứng"], FoodTable.Default);
        Assert.Equal(["Trứng đúc thịt", "Bánh bông lan"], conflicts.Select(c => c.DishName));
    }

    [Fact]
    public void Peanut_allergy_accepts_both_names_and_codes_match_too()
    {
        Assert.Single(AllergyCheck.FindConflicts(Dishes, ["lạc"], FoodTable.Default));
        Assert.Single(AllergyCheck.FindConflicts(Dishes, ["đậu phộng"], FoodTable.Default));
        var byCode = Assert.Single(AllergyCheck.FindConflicts(Dishes, ["thit-lon-xay"], FoodTable.Default));
        Assert.Equal("Trứng đúc thịt", byCode.DishName);
    }

    [Fact]
    public void Milk_allergy_and_food_groups()
    {
        Assert.Equal("Bánh bông lan", Assert.Single(AllergyCheck.FindConflicts(Dishes, ["sữa"], FoodTable.Default)).DishName);
        Assert.Equal(2, AllergyCheck.FindConflicts(Dishes, ["thịt"], FoodTable.Default).Count);
        Assert.Empty(AllergyCheck.FindConflicts(Dishes, ["vừng", "đậu nành"], FoodTable.Default));
    }
}
