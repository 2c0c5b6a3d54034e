using System.Text.RegularExpressions;

namespace Sprout.Web.Tests.Platform;

/// <summary>
/// Rules of the web host's shape that the compiler cannot check, read from the source tree: pages never write
/// (module services are the only writers), every page with a plain HTML form derives from FormPageBase, so a
/// rule's refusal is shown the same way everywhere (message, 422, typing kept), and pages follow the design system
/// (tables that stack on a phone, colour only through the stylesheet's classes).
/// </summary>
public partial class ArchitectureTests
{
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

    // The opening tag of a table, and the cells of the part below its header.
    [GeneratedRegex(@"<table\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TableTagPattern();

    [GeneratedRegex(@"<table\b.*?</table>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"<td\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellTagPattern();

    [GeneratedRegex(@"\bclass\s*=\s*""[^""]*\btable-stack\b")]
    private static partial Regex StackClassPattern();

    /// <summary>The one way out of stacking, with the reason written in the attribute itself (not just present).</summary>
    [GeneratedRegex(@"\bdata-stack-exempt\s*=\s*""[^""]{20,}""")]
    private static partial Regex StackExemptPattern();

    [GeneratedRegex(@"\bdata-label\s*=|\bcolspan\s*=|\bstack-hide\b")]
    private static partial Regex LabelledCellPattern();

    // A colour written in a style attribute, in markup or built in C# for one: colour belongs to the stylesheet's classes.
    [GeneratedRegex(@"\bstyle\s*=\s*[""'][^""']*\b(color|background|background-color|border-color|fill|stroke)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineColourPattern();

    /// <summary>
    /// Issue 14: no page scrolls sideways on a phone. Every table becomes stacked cards under 600 px (.table-stack), or
    /// says in data-stack-exempt why it must stay a grid (a month sheet with a column a day); then it scrolls in its box.
    /// </summary>
    [Fact]
    public void Every_table_stacks_on_a_phone_or_says_why_not()
    {
        var offenders = Razor()
            .SelectMany(f => TableTagPattern().Matches(f.Text).Select(m => (f.Path, Tag: m.Value)))
            .Where(t => !StackClassPattern().IsMatch(t.Tag) && !StackExemptPattern().IsMatch(t.Tag))
            .Select(t => $"{t.Path}: {t.Tag}").ToList();

        AssertOnlyAllowed(offenders, "have a <table> without class=\"table-stack\" or a data-stack-exempt=\"<why>\"");
    }

    /// <summary>A stacked row shows each cell with its column's name (from data-label), or the card is a list of bare values.</summary>
    [Fact]
    public void Every_cell_of_a_stacked_table_carries_its_column_label()
    {
        var offenders = Razor()
            .SelectMany(f => TablePattern().Matches(f.Text).Select(m => (f.Path, Table: m.Value)))
            .Where(t => StackClassPattern().IsMatch(TableTagPattern().Match(t.Table).Value))
            .SelectMany(t => CellTagPattern().Matches(t.Table).Where(c => !LabelledCellPattern().IsMatch(c.Value)).Select(c => $"{t.Path}: {c.Value}"))
            .ToList();

        AssertOnlyAllowed(offenders, "have a <td> in a .table-stack table without data-label (data-label=\"\" when the cell names itself, e.g. a link \"Sửa Nguyễn An\")");
    }

    [Fact]
    public void No_razor_file_sets_a_colour_in_a_style_attribute()
    {
        var offenders = Razor().Where(f => InlineColourPattern().IsMatch(f.Text)).Select(f => f.Path).ToList();

        AssertOnlyAllowed(offenders, "set a colour in a style attribute: use a class of wwwroot/css/app.css (a StatusBadge tone for a status)");
    }

    // Symbols and pictographs (⚠ ✉ ✕ and the emoji planes): a mark is an Icon of the shipped set, drawn alike on every phone.
    [GeneratedRegex(@"[\u2600-\u27BF]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDEFF]")]
    private static partial Regex PictographPattern();

    [Fact]
    public void No_razor_file_uses_an_emoji_or_symbol_character_as_a_mark()
    {
        var offenders = Razor().Where(f => PictographPattern().IsMatch(f.Text)).Select(f => f.Path).ToList();

        AssertOnlyAllowed(offenders, "use an emoji or symbol character as a mark: use <Icon Name=\"…\" /> (Components/Design)");
    }

    [Fact]
    public void The_design_rules_recognise_what_they_are_meant_to_catch()
    {
        Assert.Matches(StackClassPattern(), """<table class="sheet table-stack">""");
        Assert.DoesNotMatch(StackClassPattern(), """<table class="table-stacked">""");
        Assert.DoesNotMatch(StackClassPattern(), """<table data-x="table-stack">""");
        Assert.Matches(StackExemptPattern(), """<table data-stack-exempt="a month grid, a column a day">""");
        Assert.DoesNotMatch(StackExemptPattern(), """<table data-stack-exempt="">""");
        Assert.DoesNotMatch(LabelledCellPattern(), """<td class="num">""");
        Assert.Matches(LabelledCellPattern(), """<td class="num" data-label="@T["Health.Weight"]">""");
        Assert.Matches(InlineColourPattern(), """<span style="color: red">""");
        Assert.Matches(InlineColourPattern(), """<td style="padding:0; background:#fee">""");
        Assert.DoesNotMatch(InlineColourPattern(), """<div style="width: 40%">""");
        Assert.Matches(PictographPattern(), "<strong> ⚠ Không có trong danh sách</strong>");
        Assert.Matches(PictographPattern(), "<span>🌱 Mầm</span>");
        Assert.DoesNotMatch(PictographPattern(), "<p>Bé Nguyễn Thị Ánh – đã về · 16:30 “ghi chú”</p>");
    }

    private static void AssertOnlyAllowed(IReadOnlyCollection<string> offenders, string rule)
    {
        var unexpected = offenders.Order(StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} page(s) {rule}:\n{string.Join('\n', unexpected)}");
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
