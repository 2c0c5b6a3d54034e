using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Modules.Health;

/// <summary>An indicator as typed on its page: the choices arrive as numbers, unreadable ones as null.</summary>
public sealed record IndicatorInput(string Text, int? AgeGroup, int? Domain, int? Order, bool Active);

/// <summary>
/// Edits and imports the school's development indicators. Either changes the set a domain result is computed from,
/// so the domain results derived from the saved marks are rolled up again (T14 reads them).
/// </summary>
public sealed class DevelopmentIndicatorService(
    SproutDbContext db, DevelopmentIndicatorImport import, IndicatorAssessmentService assessments, IStringLocalizer<UiText> text)
{
    public async Task<IndicatorImportResult> ImportAsync(IFormFile? file, int schoolId, string importedBy, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > DevelopmentIndicatorImport.MaxBytes)
        {
            throw new DevelopmentRuleException(text["Indicators.ImportFailed"], [text["Indicators.NoFile"]]);
        }
        await using var stream = file.OpenReadStream();
        var result = await import.ImportAsync(stream, schoolId, ct);
        if (!result.Succeeded)
        {
            throw new DevelopmentRuleException(text["Indicators.ImportFailed"], result.Errors.Select(e => e.ToString()).ToList());
        }
        // A second save: were it to fail, the results stay as before the import until the next save of the grid or of an indicator.
        await assessments.RollUpAgainAsync(importedBy, ct);
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>Saves an indicator; the domain results follow the new set in the same save.</summary>
    public async Task SaveAsync(int id, IndicatorInput input, string changedBy, CancellationToken ct)
    {
        var indicatorText = Sprout.Domain.Text.PersonName.Clean(input.Text);
        var age = input.AgeGroup is { } a && Enum.IsDefined((AgeGroup)a) ? (AgeGroup?)a : null;
        var domain = input.Domain is { } d && Enum.IsDefined((DevelopmentDomain)d) ? (DevelopmentDomain?)d : null;
        var problem = indicatorText.Length == 0 ? text["Indicators.TextRequired"].Value
            : indicatorText.Length > DevelopmentIndicatorImport.MaxText ? text["Indicators.TextTooLong", DevelopmentIndicatorImport.MaxText].Value
            : input.Order is not (>= 0 and <= 9999) ? text["Indicators.OrderInvalid"].Value
            : age is null || domain is null ? text["Indicators.ChoiceInvalid"].Value
            : null;
        if (problem is not null)
        {
            throw new DevelopmentRuleException(problem);
        }
        var indicator = await db.Set<DevelopmentIndicator>().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new DevelopmentRuleException(text["Indicators.NotFound"]);
        (indicator.Text, indicator.AgeGroup, indicator.Domain, indicator.Order, indicator.Active) = (indicatorText, age!.Value, domain!.Value, input.Order!.Value, input.Active);
        await assessments.RollUpAgainAsync(changedBy, ct);
        await db.SaveChangesAsync(ct);
    }
}
