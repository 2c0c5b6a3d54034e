namespace Sprout.Domain.Nutrition;

/// <summary>The two norm groups of the national preschool programme.</summary>
public enum AgeGroup
{
    /// <summary>Nhà trẻ: 12–36 months.</summary>
    NhaTre,

    /// <summary>Mẫu giáo: 3–6 years.</summary>
    MauGiao,
}

/// <summary>Meals served at school.</summary>
public enum MealKind
{
    /// <summary>Bữa sáng (optional for mẫu giáo).</summary>
    Sang,

    /// <summary>Bữa trưa.</summary>
    Trua,

    /// <summary>Bữa chiều: the afternoon main meal of nhà trẻ.</summary>
    Chieu,

    /// <summary>Bữa phụ.</summary>
    Phu,
}

/// <summary>Where a food's protein and fat come from (động vật / thực vật).</summary>
public enum FoodOrigin
{
    Plant,
    Animal,

    /// <summary>Neither, e.g. salt: carries no protein or fat.</summary>
    Other,
}

/// <summary>Vietnamese labels and the stable codes used in files.</summary>
public static class NutritionNames
{
    public static string Name(this AgeGroup group) => group switch
    {
        AgeGroup.NhaTre => "Nhà trẻ",
        AgeGroup.MauGiao => "Mẫu giáo",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string Code(this AgeGroup group) => group switch
    {
        AgeGroup.NhaTre => "nha-tre",
        AgeGroup.MauGiao => "mau-giao",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string Name(this MealKind meal) => meal switch
    {
        MealKind.Sang => "Sáng",
        MealKind.Trua => "Trưa",
        MealKind.Chieu => "Chiều",
        MealKind.Phu => "Phụ",
        _ => throw new ArgumentOutOfRangeException(nameof(meal)),
    };

    public static string Code(this MealKind meal) => meal switch
    {
        MealKind.Sang => "sang",
        MealKind.Trua => "trua",
        MealKind.Chieu => "chieu",
        MealKind.Phu => "phu",
        _ => throw new ArgumentOutOfRangeException(nameof(meal)),
    };

    public static string Name(this FoodOrigin origin) => origin switch
    {
        FoodOrigin.Plant => "thực vật",
        FoodOrigin.Animal => "động vật",
        FoodOrigin.Other => "khác",
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    /// <summary>Accepts the file code ("mau-giao") or the Vietnamese name ("Mẫu giáo").</summary>
    public static bool TryParseAgeGroup(string? text, out AgeGroup group)
    {
        var key = Key(text);
        foreach (var g in Enum.GetValues<AgeGroup>())
        {
            if (key == g.Code() || key == Key(g.Name()))
            {
                group = g;
                return true;
            }
        }

        group = default;
        return false;
    }

    /// <summary>Accepts the file code ("trua") or the Vietnamese name ("Trưa").</summary>
    public static bool TryParseMeal(string? text, out MealKind meal)
    {
        var key = Key(text);
        foreach (var m in Enum.GetValues<MealKind>())
        {
            if (key == m.Code() || key == Key(m.Name()))
            {
                meal = m;
                return true;
            }
        }

        meal = default;
        return false;
    }

    public static bool TryParseOrigin(string? text, out FoodOrigin origin)
    {
        var key = Key(text);
        foreach (var o in Enum.GetValues<FoodOrigin>())
        {
            if (key == Key(o.Name()) || key == Key(o.ToString()))
            {
                origin = o;
                return true;
            }
        }

        origin = default;
        return false;
    }

    /// <summary>Trimmed and NFC, so that text typed on any keyboard compares equal.</summary>
    internal static string Nfc(string text) => text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    /// <summary>NFC, trimmed, lower case: how user-typed labels are compared.</summary>
    internal static string Key(string? text) =>
        (text ?? string.Empty).Trim().Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
}
