namespace Sprout.Domain.Nutrition;

/// <summary>Input that nutrition rules cannot use; <see cref="Errors"/> holds one Vietnamese message per problem.</summary>
public sealed class NutritionValidationException : Exception
{
    public NutritionValidationException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors ?? []))
    {
        Errors = errors ?? [];
    }

    public NutritionValidationException()
        : this([])
    {
    }

    public NutritionValidationException(string message)
        : this([message])
    {
    }

    public NutritionValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }
}
