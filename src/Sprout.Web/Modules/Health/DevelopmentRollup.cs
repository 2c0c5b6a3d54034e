namespace Sprout.Web.Modules.Health;

/// <summary>
/// From indicators to domains: a child achieves a domain when every active indicator of that domain for the
/// child's age group is achieved (a domain with no active indicator has nothing left to reach). A child not
/// marked on any indicator has no domain result at all, so that T14 counts only children assessed.
/// </summary>
public static class DevelopmentRollup
{
    public static IReadOnlyDictionary<DevelopmentDomain, bool>? Domains(IEnumerable<(DevelopmentDomain Domain, bool? Achieved)> activeIndicatorMarks)
    {
        var marks = activeIndicatorMarks.ToList();
        if (marks.All(m => m.Achieved is null))
        {
            return null;
        }
        return Enum.GetValues<DevelopmentDomain>().ToDictionary(d => d, d => marks.Where(m => m.Domain == d).All(m => m.Achieved == true));
    }
}
