using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Domain.Nutrition;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Nutrition;

/// <summary>A dish of the school's kitchen, with raw grams per child of each ingredient.</summary>
public class SchoolDish : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Name { get; set; }
    public List<SchoolDishIngredient> Ingredients { get; set; } = [];

    public Dish ToDish() => new(Name, Ingredients.Select(i => new DishIngredient(i.FoodCode, i.Grams)).ToList());
}

public class SchoolDishIngredient : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int SchoolDishId { get; set; }

    /// <summary>Code of the food table (vn-ingredients.csv), e.g. gao-te.</summary>
    public required string FoodCode { get; set; }
    public double Grams { get; set; }
}

/// <summary>One dish in the four-week rotation: age group, week 1–4, weekday 1–5 (Monday–Friday), meal.</summary>
public class MenuSlot : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public int Week { get; set; }
    public int Weekday { get; set; }
    public MealKind Meal { get; set; }
    public int SchoolDishId { get; set; }
    public SchoolDish? Dish { get; set; }
}

/// <summary>When week 1 of an age group's rotation starts, and whether parents and the portal see it.</summary>
public class MenuRotation : ISchoolOwned
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public DateOnly StartsOn { get; set; }
    public bool Published { get; set; }

    /// <summary>What families pay per child per day for this age group's meals (tiền ăn).</summary>
    public decimal? MealFeeVnd { get; set; }

    /// <summary>The rotation week (1–4) that a date falls in.</summary>
    public int WeekOf(DateOnly date) => ((((date.DayNumber - StartsOn.DayNumber) / 7) % 4) + 4) % 4 + 1;
}

internal sealed class SchoolDishConfiguration : IEntityTypeConfiguration<SchoolDish>
{
    public void Configure(EntityTypeBuilder<SchoolDish> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(150);
        builder.HasIndex(d => new { d.SchoolId, d.Name }).IsUnique();
        builder.HasMany(d => d.Ingredients).WithOne().HasForeignKey(i => i.SchoolDishId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SchoolDishIngredientConfiguration : IEntityTypeConfiguration<SchoolDishIngredient>
{
    public void Configure(EntityTypeBuilder<SchoolDishIngredient> builder) => builder.Property(i => i.FoodCode).HasMaxLength(40);
}

internal sealed class MenuSlotConfiguration : IEntityTypeConfiguration<MenuSlot>
{
    public void Configure(EntityTypeBuilder<MenuSlot> builder)
    {
        builder.HasIndex(s => new { s.SchoolId, s.AgeGroup, s.Week, s.Weekday, s.Meal });
        builder.HasOne(s => s.Dish).WithMany().HasForeignKey(s => s.SchoolDishId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MenuRotationConfiguration : IEntityTypeConfiguration<MenuRotation>
{
    public void Configure(EntityTypeBuilder<MenuRotation> builder)
    {
        builder.HasIndex(r => new { r.SchoolId, r.AgeGroup }).IsUnique();
        builder.Property(r => r.MealFeeVnd).HasPrecision(12, 0);
    }
}
