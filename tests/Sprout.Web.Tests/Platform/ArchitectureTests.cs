using System.Text.RegularExpressions;

namespace Sprout.Web.Tests.Platform;

/// <summary>
/// Rules of the web host's shape that the compiler cannot check, read from the source tree: pages never write
/// (module services are the only writers) and every page with a plain HTML form derives from FormPageBase, so a
/// rule's refusal is shown the same way everywhere (message, 422, typing kept).
/// </summary>
public partial class ArchitectureTests
{
    /// <summary>
    /// TEMPORARY: pages of other work in progress (helper 1: Children, Attendance, ContactBook, the Health pages
    /// of a child or a class, Parents; helper 3: Documents DocumentDetail, VerifyPage, MyCertificatePage) that still
    /// break a rule. Empty it once their branches are merged; a page listed here that complies fails the test too,
    /// so the list only ever shrinks.
    /// </summary>
    private static readonly HashSet<string> PagesOfOtherHelpersNotYetConverted = new(StringComparer.Ordinal)
    {
        "Modules/Children/ChildFile.razor",
        "Modules/Children/ChildImportPage.razor",
        "Modules/Children/ClassEditPage.razor",
        "Modules/Children/ClassManagement.razor",
        "Modules/ContactBook/ClassContactBook.razor",
        "Modules/ContactBook/ClassNotices.razor",
        "Modules/ContactBook/WeeklyPlanPage.razor",
        "Modules/Documents/DocumentDetail.razor",
        "Modules/Documents/MyCertificatePage.razor",
        "Modules/Documents/VerifyPage.razor",
        "Modules/Health/ChildHealth.razor",
        "Modules/Health/DevelopmentGrid.razor",
        "Modules/Health/IndicatorGrid.razor",
        "Modules/Health/MeasuringDay.razor",
        "Modules/Parents/InvitationList.razor",
        "Modules/Parents/MyChild.razor",
    };

    private const string FormPageBase = "FormPageBase";

    // A write through the context: SaveChanges, or a bulk ExecuteDelete/ExecuteUpdate that bypasses it.
    [GeneratedRegex(@"\b(SaveChanges(Async)?|ExecuteDelete(Async)?|ExecuteUpdate(Async)?)\s*\(")]
    private static partial Regex WritePattern();

    [GeneratedRegex(@"<form\b[^>]*\bmethod\s*=\s*""post""", RegexOptions.IgnoreCase)]
    private static partial Regex PostFormPattern();

    [GeneratedRegex(@"^@inherits\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex InheritsPattern();

    [GeneratedRegex(@"^@page\b", RegexOptions.Multiline)]
    private static partial Regex PagePattern();

    [GeneratedRegex(@"\bclass\s+(\w+)(?:<[^>]*>)?(?:\([^)]*\))?\s*:\s*([\w.]+)")]
    private static partial Regex ClassBasePattern();

    [Fact]
    public void No_razor_file_writes_to_the_database()
    {
        var offenders = Razor().Where(f => WritePattern().IsMatch(f.Text)).Select(f => f.Path).ToList();

        AssertOnlyAllowed(offenders, "calls SaveChanges, ExecuteDelete or ExecuteUpdate: move the write into the module's service");
    }

    [Fact]
    public void Every_page_with_a_post_form_derives_from_FormPageBase()
    {
        var formPages = FormPageBaseClasses();
        var offenders = Razor()
            .Where(f => PagePattern().IsMatch(f.Text) && PostFormPattern().IsMatch(f.Text))
            .Where(f => InheritsPattern().Match(f.Text) is not { Success: true } m || !formPages.Contains(m.Groups[1].Value.Split('.')[^1]))
            .Select(f => f.Path).ToList();

        AssertOnlyAllowed(offenders, "has a <form method=\"post\"> but does not inherit FormPageBase (directly or through a subclass)");
    }

    [Fact]
    public void Subclasses_of_FormPageBase_are_found_through_the_base_classes_in_the_source()
    {
        var formPages = FormPageBaseClasses();

        Assert.Contains("CellPageBase", formPages);
        Assert.DoesNotContain("PortalPageBase", formPages);
        Assert.Matches(PostFormPattern(), """<form class="card" method="post" @formname="x">""");
        Assert.DoesNotMatch(PostFormPattern(), """<EditForm Model="Input" method="post">""");
        Assert.DoesNotMatch(PostFormPattern(), """<form method="get" class="inline-form">""");
    }

    private static void AssertOnlyAllowed(IReadOnlyCollection<string> offenders, string rule)
    {
        var unexpected = offenders.Where(p => !PagesOfOtherHelpersNotYetConverted.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} page(s) {rule}:\n{string.Join('\n', unexpected)}");
    }

    [Fact]
    public void The_temporary_allow_list_holds_only_pages_that_still_break_a_rule()
    {
        var formPages = FormPageBaseClasses();
        var files = Razor().ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        var stale = PagesOfOtherHelpersNotYetConverted
            .Where(p => !files.TryGetValue(p, out var text)
                || (!WritePattern().IsMatch(text)
                    && !(PostFormPattern().IsMatch(text) && (InheritsPattern().Match(text) is not { Success: true } m || !formPages.Contains(m.Groups[1].Value.Split('.')[^1])))))
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(stale.Count == 0, $"Remove from {nameof(PagesOfOtherHelpersNotYetConverted)} (they comply now or are gone):\n{string.Join('\n', stale)}");
    }

    /// <summary>FormPageBase and every class of the web project that derives from it, at any depth.</summary>
    private static HashSet<string> FormPageBaseClasses()
    {
        var baseOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(WebSource, "*.cs", SearchOption.AllDirectories).Where(NotBuildOutput))
        {
            foreach (Match m in ClassBasePattern().Matches(File.ReadAllText(file)))
            {
                baseOf.TryAdd(m.Groups[1].Value, m.Groups[2].Value.Split('.')[^1]);
            }
        }
        var result = new HashSet<string>(StringComparer.Ordinal) { FormPageBase };
        bool added;
        do
        {
            added = false;
            foreach (var (name, parent) in baseOf)
            {
                if (result.Contains(parent) && result.Add(name))
                {
                    added = true;
                }
            }
        }
        while (added);
        return result;
    }

    private static IEnumerable<(string Path, string Text)> Razor() =>
        Directory.EnumerateFiles(WebSource, "*.razor", SearchOption.AllDirectories).Where(NotBuildOutput)
            .Select(f => (Path.GetRelativePath(WebSource, f).Replace('\\', '/'), File.ReadAllText(f)));

    private static bool NotBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(WebSource, path).Replace('\\', '/');
        return !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    private static string WebSource { get; } = Path.Combine(RepositoryRoot(), "src", "Sprout.Web");

    /// <summary>The folder holding Sprout.slnx, found upwards from where the tests run.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sprout.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Sprout.slnx above {AppContext.BaseDirectory}: the architecture tests read the source tree.");
    }
}
