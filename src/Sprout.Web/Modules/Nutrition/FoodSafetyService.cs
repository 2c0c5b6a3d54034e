using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Localization;
using Sprout.Web.Platform.Text;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Nutrition;

public sealed record FoodCheckInput(string Item, string? Quantity, int? SupplierId, bool Passed, string? Notes);

public sealed record SupplierInput(string Name, string? Products, string? CertificateNumber, DateOnly? CertificateExpiresOn);

/// <summary>
/// The kitchen's food-safety book: the three-step check (Quyết định 1246/QĐ-BYT, 31/03/2017), the food samples kept
/// 24 hours and the suppliers. Each entry carries who wrote it and when.
/// </summary>
public sealed class FoodSafetyService(SproutDbContext db, TimeProvider clock, IStringLocalizer<UiText> text)
{
    public async Task AddCheckAsync(ClaimsPrincipal user, DateOnly date, CheckStep step, FoodCheckInput input, CancellationToken ct)
    {
        if (input.Item.Length == 0)
        {
            throw new NutritionRuleException(text["Safety.ItemRequired"]);
        }
        db.Add(new FoodCheck
        {
            SchoolId = user.SchoolIdOrThrow(), Date = date, Step = step, Item = input.Item, Quantity = Blank(input.Quantity),
            SupplierId = input.SupplierId, Passed = input.Passed, Notes = Blank(input.Notes), CheckedBy = user.DisplayName(), CheckedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A sample needs at least 100 g of solid food or 150 ml of liquid (Quyết định 1246/QĐ-BYT, 31/03/2017).</summary>
    public async Task KeepSampleAsync(ClaimsPrincipal user, DateOnly date, string dish, string amountText, bool liquid, CancellationToken ct)
    {
        var minimum = liquid ? 150 : 100;
        if (dish.Length == 0 || !int.TryParse(amountText, out var amount) || amount < minimum)
        {
            throw new NutritionRuleException(text["Safety.SampleInvalid", minimum, liquid ? "ml" : "g"]);
        }
        db.Add(new FoodSample { SchoolId = user.SchoolIdOrThrow(), Date = date, Dish = dish, Liquid = liquid, Amount = amount, KeptAt = clock.GetUtcNow(), KeptBy = user.DisplayName() });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Discards a kept sample, never before its 24 hours are over; an unknown sample is left alone.</summary>
    public async Task DiscardSampleAsync(ClaimsPrincipal user, int sampleId, CancellationToken ct)
    {
        var sample = await db.Set<FoodSample>().FirstOrDefaultAsync(s => s.Id == sampleId, ct);
        if (sample is null)
        {
            return;
        }
        if (clock.GetUtcNow() < sample.KeepUntil)
        {
            throw new NutritionRuleException(text["Safety.TooEarly", VietnameseFormat.DateTime(sample.KeepUntil)]);
        }
        sample.DiscardedAt = clock.GetUtcNow();
        sample.DiscardedBy = user.DisplayName();
        await db.SaveChangesAsync(ct);
    }

    public async Task AddSupplierAsync(ClaimsPrincipal user, SupplierInput input, CancellationToken ct)
    {
        if (input.Name.Length == 0)
        {
            throw new NutritionRuleException(text["Safety.SupplierRequired"]);
        }
        db.Add(new Supplier
        {
            SchoolId = user.SchoolIdOrThrow(), Name = input.Name, Products = Blank(input.Products),
            CertificateNumber = Blank(input.CertificateNumber), CertificateExpiresOn = input.CertificateExpiresOn,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
