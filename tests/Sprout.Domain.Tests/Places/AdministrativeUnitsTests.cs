using Sprout.Domain.Places;

namespace Sprout.Domain.Tests.Places;

public class AdministrativeUnitsTests
{
    [Fact]
    public void The_current_list_has_34_provinces_and_3321_wards()
    {
        var units = AdministrativeUnits.Current;
        Assert.Equal(34, units.Provinces.Count);
        Assert.Equal(3321, units.WardsByProvince.Values.Sum(w => w.Count));
    }

    [Fact]
    public void Viet_Hung_of_Ha_Noi_is_found_by_code_and_by_name_not_the_one_in_Quang_Ninh()
    {
        var units = AdministrativeUnits.Current;
        Assert.Equal("Phường Việt Hưng", units.Ward("00127")!.Name);
        Assert.Equal("01", units.FindProvince("Hà Nội")!.Code);
        Assert.Equal("00127", units.FindWard("01", "phuong viet hung")!.Code);
        Assert.NotEqual("00127", units.FindWard("22", "Việt Hưng")!.Code);
    }
}
