using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Retention;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents.Retention;

/// <summary>The retention period of each type for the current school: its own rule, else the shipped default.</summary>
public sealed class RetentionRules(SproutDbContext db)
{
    public async Task<IReadOnlyDictionary<string, RetentionPeriod>> ForSchoolAsync(CancellationToken ct)
    {
        var own = await db.Set<DocumentRetentionRule>().AsNoTracking().ToDictionaryAsync(r => r.TypeCode, r => new RetentionPeriod(r.Years), ct);
        return DocumentType.All.ToDictionary(t => t.Code, t => own.TryGetValue(t.Code, out var p) ? p : RetentionSchedule.DefaultFor(t.Code));
    }

    /// <summary>Saves the school's period for a type; a value equal to the default removes the school's own rule.</summary>
    public async Task SetAsync(int schoolId, string typeCode, RetentionPeriod period, CancellationToken ct)
    {
        var rule = await db.Set<DocumentRetentionRule>().FirstOrDefaultAsync(r => r.TypeCode == typeCode, ct);
        if (period == RetentionSchedule.DefaultFor(typeCode))
        {
            if (rule is not null)
            {
                db.Remove(rule);
            }
        }
        else if (rule is null)
        {
            db.Add(new DocumentRetentionRule { SchoolId = schoolId, TypeCode = typeCode, Years = period.Years });
        }
        else
        {
            rule.Years = period.Years;
        }
        await db.SaveChangesAsync(ct);
    }
}
