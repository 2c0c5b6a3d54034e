using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Nutrition;

/// <summary>A food supplier and its food-safety certificate.</summary>
public class Supplier : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Name { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Products { get; set; }
    public string? CertificateNumber { get; set; }
    public DateOnly? CertificateExpiresOn { get; set; }
}

/// <summary>The three steps of the kitchen's food check (kiểm thực ba bước, Quyết định 1246/QĐ-BYT 2017).</summary>
public enum CheckStep
{
    Receiving = 1,     // bước 1: kiểm tra trước khi chế biến (nhập thực phẩm)
    BeforeCooking = 2, // bước 2: kiểm tra khi chế biến
    BeforeServing = 3, // bước 3: kiểm tra trước khi ăn
}

public class FoodCheck : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DateOnly Date { get; set; }
    public CheckStep Step { get; set; }
    public required string Item { get; set; }
    public string? Quantity { get; set; }
    public int? SupplierId { get; set; }
    public bool Passed { get; set; }
    public string? Notes { get; set; }
    public required string CheckedBy { get; set; }
    public DateTimeOffset CheckedAt { get; set; }
}

/// <summary>A food sample kept 24 hours (lưu mẫu thức ăn): at least 100 g of solid food or 150 ml of liquid.</summary>
public class FoodSample : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DateOnly Date { get; set; }
    public required string Dish { get; set; }
    public bool Liquid { get; set; }
    public int Amount { get; set; }
    public DateTimeOffset KeptAt { get; set; }
    public required string KeptBy { get; set; }
    public DateTimeOffset? DiscardedAt { get; set; }
    public string? DiscardedBy { get; set; }

    public DateTimeOffset KeepUntil => KeptAt.AddHours(24);
}

/// <summary>What a school pays per kilogram of a food, for the cost per child and the market list.</summary>
public class FoodPrice : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string FoodCode { get; set; }
    public decimal PriceVndPerKg { get; set; }
}

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.Phone).HasMaxLength(20);
        builder.Property(s => s.Products).HasMaxLength(300);
        builder.Property(s => s.CertificateNumber).HasMaxLength(100);
    }
}

internal sealed class FoodCheckConfiguration : IEntityTypeConfiguration<FoodCheck>
{
    public void Configure(EntityTypeBuilder<FoodCheck> builder)
    {
        builder.HasIndex(c => new { c.SchoolId, c.Date, c.Step });
        builder.Property(c => c.Item).HasMaxLength(200);
        builder.Property(c => c.Quantity).HasMaxLength(100);
        builder.Property(c => c.Notes).HasMaxLength(500);
        builder.Property(c => c.CheckedBy).HasMaxLength(150);
    }
}

internal sealed class FoodSampleConfiguration : IEntityTypeConfiguration<FoodSample>
{
    public void Configure(EntityTypeBuilder<FoodSample> builder)
    {
        builder.HasIndex(s => new { s.SchoolId, s.Date });
        builder.Property(s => s.Dish).HasMaxLength(200);
        builder.Property(s => s.KeptBy).HasMaxLength(150);
        builder.Property(s => s.DiscardedBy).HasMaxLength(150);
        builder.Ignore(s => s.KeepUntil);
    }
}

internal sealed class FoodPriceConfiguration : IEntityTypeConfiguration<FoodPrice>
{
    public void Configure(EntityTypeBuilder<FoodPrice> builder)
    {
        builder.Property(p => p.FoodCode).HasMaxLength(40);
        builder.Property(p => p.PriceVndPerKg).HasPrecision(12, 0);
        builder.HasIndex(p => new { p.SchoolId, p.FoodCode }).IsUnique();
    }
}
