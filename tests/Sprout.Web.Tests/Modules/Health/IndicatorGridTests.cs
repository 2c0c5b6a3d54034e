using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Health;

[Collection(AppCollection.Name)]
public class IndicatorGridTests(SproutAppFactory app)
{
    private const string Period = "2026-2027 cuối học kỳ I";

    private sealed record Setup(int ClassId, List<int> Children, List<(int Id, DevelopmentDomain Domain)> Indicators);

    private Task<Setup> LonA1Async() => app.WithDbAsync(async db =>
    {
        var classroom = await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).FirstAsync();
        var children = await db.Children.Where(c => c.ClassroomId == classroom.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var indicators = await db.Set<DevelopmentIndicator>()
            .Where(i => i.SchoolId == classroom.SchoolId && i.Active && i.AgeGroup == classroom.AgeGroup)
            .Select(i => new { i.Id, i.Domain }).ToListAsync();
        return new Setup(classroom.Id, children, indicators.Select(i => (i.Id, i.Domain)).ToList());
    });

    private async Task<HttpClient> TeacherAsync()
    {
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        return teacher;
    }

    private static string Url(int classId) => $"/suc-khoe/danh-gia/{classId.ToString(CultureInfo.InvariantCulture)}/chi-so?ky=hk1";

    [Fact]
    public async Task The_domain_grid_is_read_only_for_an_age_group_assessed_by_indicators()
    {
        var setup = await LonA1Async();
        var teacher = await TeacherAsync();
        var url = $"/suc-khoe/danh-gia/{setup.ClassId.ToString(CultureInfo.InvariantCulture)}";

        var page = WebUtility.HtmlDecode(await teacher.GetStringAsync(url));
        Assert.Contains("được đánh giá theo bộ chỉ số của trường", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}/chi-so\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"development\"", page, StringComparison.Ordinal);

        // A crafted post of the old form writes nothing: the indicator grid's results stay as they are.
        var child = setup.Children[0];
        var before = await app.WithDbAsync(db => db.Set<DevelopmentAssessment>().Where(a => a.ChildId == child).Select(a => new { a.Period, a.Domain, a.Achieved }).ToListAsync());
        var token = await FormPoster.AntiforgeryTokenAsync(teacher, Url(setup.ClassId));
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "development" };
        foreach (var domain in Enum.GetValues<DevelopmentDomain>())
        {
            fields[$"a{child}-{(int)domain}"] = "true";
        }
        await teacher.PostAsync(url, new FormUrlEncodedContent(fields));
        var after = await app.WithDbAsync(db => db.Set<DevelopmentAssessment>().Where(a => a.ChildId == child).Select(a => new { a.Period, a.Domain, a.Achieved }).ToListAsync());
        Assert.Equal(before.OrderBy(a => a.Period).ThenBy(a => a.Domain), after.OrderBy(a => a.Period).ThenBy(a => a.Domain));
    }

    [Fact]
    public async Task Saving_the_grid_sets_the_domain_results_and_t14()
    {
        var setup = await LonA1Async();
        Assert.Equal(5, setup.Indicators.Select(i => i.Domain).Distinct().Count()); // the demo sample covers every domain
        var (full, missing) = (setup.Children[0], setup.Children[1]);
        var language = setup.Indicators.First(i => i.Domain == DevelopmentDomain.Language).Id;
        var fields = new Dictionary<string, string>();
        foreach (var (id, _) in setup.Indicators)
        {
            fields[$"m{full}-{id}"] = "dat";
            fields[$"m{missing}-{id}"] = id == language ? "chua-dat" : "dat";
        }

        var teacher = await TeacherAsync();
        var response = await FormPoster.PostFormAsync(teacher, Url(setup.ClassId), "indicator-grid", fields);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Đã lưu", page, StringComparison.Ordinal);
        Assert.Contains("Trẻ đạt ở cả 5 lĩnh vực: 1/2", page, StringComparison.Ordinal);

        var domains = await app.WithDbAsync(db => db.Set<DevelopmentAssessment>().Where(a => a.Period == Period && (a.ChildId == full || a.ChildId == missing)).ToListAsync());
        Assert.Equal(10, domains.Count);
        Assert.All(domains.Where(d => d.ChildId == full), d => Assert.True(d.Achieved));
        Assert.Equal([DevelopmentDomain.Language], domains.Where(d => d.ChildId == missing && !d.Achieved).Select(d => d.Domain));
        var t14 = HealthTargets.T14(domains.GroupBy(d => d.ChildId).Select(g => (IReadOnlyCollection<(DevelopmentDomain, bool)>)g.Select(d => (d.Domain, d.Achieved)).ToList()));
        Assert.Equal((1, 2), (t14.Numerator, t14.Denominator));
        Assert.Equal(2 * setup.Indicators.Count, await app.WithDbAsync(db => db.Set<IndicatorAssessment>().CountAsync(a => a.Period == Period && (a.ChildId == full || a.ChildId == missing))));

        // The missed indicator reached later: the domain follows in the same save.
        fields[$"m{missing}-{language}"] = "dat";
        await FormPoster.PostFormAsync(teacher, Url(setup.ClassId), "indicator-grid", fields);
        Assert.True(await app.WithDbAsync(db => db.Set<DevelopmentAssessment>().Where(a => a.Period == Period && a.ChildId == missing).AllAsync(a => a.Achieved)));
    }

    [Fact]
    public async Task Deactivating_or_reactivating_an_indicator_rolls_the_saved_marks_up_again()
    {
        var setup = await LonA1Async();
        var child = setup.Children[3];
        var language = setup.Indicators.First(i => i.Domain == DevelopmentDomain.Language).Id;
        Assert.True(setup.Indicators.Count(i => i.Domain == DevelopmentDomain.Language) > 1);
        var marks = setup.Indicators.ToDictionary(i => $"m{child}-{i.Id}", i => i.Id == language ? "chua-dat" : "dat");
        await FormPoster.PostFormAsync(await TeacherAsync(), Url(setup.ClassId), "indicator-grid", marks);
        Task<bool> LanguageAchievedAsync() => app.WithDbAsync(db =>
            db.Set<DevelopmentAssessment>().Where(a => a.ChildId == child && a.Period == Period && a.Domain == DevelopmentDomain.Language).Select(a => a.Achieved).SingleAsync());
        Assert.False(await LanguageAchievedAsync());

        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        var indicator = await app.WithDbAsync(db => db.Set<DevelopmentIndicator>().AsNoTracking().SingleAsync(i => i.Id == language));
        var fields = new Dictionary<string, string>
        {
            ["age"] = ((int)indicator.AgeGroup).ToString(CultureInfo.InvariantCulture), ["domain"] = ((int)indicator.Domain).ToString(CultureInfo.InvariantCulture),
            ["text"] = indicator.Text, ["order"] = indicator.Order.ToString(CultureInfo.InvariantCulture),
        };
        var url = $"/suc-khoe/chi-so/{language.ToString(CultureInfo.InvariantCulture)}";

        await FormPoster.PostFormAsync(nurse, url, "indicator", fields); // "active" unchecked
        Assert.True(await LanguageAchievedAsync()); // the child reached every language indicator still in use

        fields["active"] = "true";
        await FormPoster.PostFormAsync(nurse, url, "indicator", fields);
        Assert.False(await LanguageAchievedAsync());
        Assert.True(await app.WithDbAsync(db => db.Set<DevelopmentIndicator>().Where(i => i.Id == language).Select(i => i.Active).SingleAsync()));
    }

    [Fact]
    public async Task A_failed_save_keeps_what_was_chosen_and_saves_nothing()
    {
        var setup = await LonA1Async();
        var child = setup.Children[2];
        var first = setup.Indicators[0].Id;
        var fields = new Dictionary<string, string> { [$"m{child}-{first}"] = "chua-dat" };
        var teacher = await TeacherAsync();

        var response = await FormPoster.PostFormAsync(teacher, Url(setup.ClassId), "indicator-grid", fields);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chưa lưu gì.", page, StringComparison.Ordinal);
        Assert.Contains($"còn {setup.Indicators.Count - 1} chỉ số chưa đánh giá", page, StringComparison.Ordinal);
        var cell = Regex.Match(page, $"id=\"m{child}-{first}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(cell.Success);
        Assert.Matches("<option value=\"chua-dat\" selected", cell.Groups[1].Value);
        Assert.False(await app.WithDbAsync(db => db.Set<IndicatorAssessment>().AnyAsync(a => a.ChildId == child && a.Period == Period)));
        Assert.False(await app.WithDbAsync(db => db.Set<DevelopmentAssessment>().AnyAsync(a => a.ChildId == child && a.Period == Period)));
    }

    [Fact]
    public async Task A_teacher_is_refused_on_a_class_they_do_not_teach_and_the_nurse_opens_any()
    {
        var other = await app.WithDbAsync(db => db.Classrooms.Where(c => c.Name == "Bé C3").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var teacher = await TeacherAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(Url(other))).StatusCode);

        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync(Url(other)));
        Assert.Contains("Đánh giá theo chỉ số lớp Bé C3", page, StringComparison.Ordinal);
        Assert.Contains(DemoIndicatorsSeeder.Label, page, StringComparison.Ordinal);
    }
}
