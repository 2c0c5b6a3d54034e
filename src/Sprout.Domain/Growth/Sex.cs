namespace Sprout.Domain.Growth;

/// <summary>Sex as coded in the WHO tables and in anthro (1 = male, 2 = female).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
