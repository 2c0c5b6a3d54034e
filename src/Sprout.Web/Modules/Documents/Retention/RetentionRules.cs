using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Retention;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Modules.Documents.Retention;

/// <summary>The retention period of each type for the current school: its own rule, else the shipped default.</summary>
public sealed class RetentionRules(SproutDbContext db, IStringLocalizer<UiText> text)
{
    public async Task<IReadOnlyDictionary<string, RetentionPeriod>> ForSchoolAsync(CancellationToken ct)
    {
        var own = await db.Set<DocumentRetentionRule>().AsNoTracking().ToDictionaryAsync(r => r.TypeCode, r => new RetentionPeriod(r.Years), ct);
        return DocumentType.All.ToDictionary(t => t.Code, t => own.TryGetValue(t.Code, out var p) ? p : RetentionSchedule.DefaultFor(t.Code));
    }

    /// <summary>
    /// Saves the periods typed per type code, all or none: blank means permanent, else a whole number of years from 1
    /// to 100. A value equal to the default removes the school's own rule.
    /// </summary>
    public async Task SaveAsync(int schoolId, IReadOnlyDictionary<string, string> typed, CancellationToken ct)
    {
        var wanted = new Dictionary<string, RetentionPeriod>();
        foreach (var t in DocumentType.All)
        {
            var value = typed.GetValueOrDefault(t.Code, string.Empty).Trim();
            if (value.Length == 0)
            {
                wanted[t.Code] = RetentionPeriod.Permanent;
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years is >= 1 and <= 100)
            {
                wanted[t.Code] = RetentionPeriod.OfYears(years);
            }
            else
            {
                throw new DocumentRuleException($"{t.VietnameseName}: {text["Retention.Invalid"]}");
            }
        }
        var rules = await db.Set<DocumentRetentionRule>().ToDictionaryAsync(r => r.TypeCode, ct);
        foreach (var (code, period) in wanted)
        {
            var rule = rules.GetValueOrDefault(code);
            if (period == RetentionSchedule.DefaultFor(code))
            {
                if (rule is not null)
                {
                    db.Remove(rule);
                }
            }
            else if (rule is null)
            {
                db.Add(new DocumentRetentionRule { SchoolId = schoolId, TypeCode = code, Years = period.Years });
            }
            else
            {
                rule.Years = period.Years;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
