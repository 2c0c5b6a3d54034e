using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Plan;

/// <summary>
/// Issue 14: every target on the dashboard equals the figure the capability's own page shows, with the same wording
/// (both read one readout computed by the capability). Each page marks a target with data-target/data-value/data-detail.
/// </summary>
[Collection(AppCollection.Name)]
public class TargetFiguresAgreeTests(SproutAppFactory app)
{
    private async Task<HttpClient> PrincipalAsync()
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, $"hieutruong@{DemoAccounts.Domain}", DemoAccounts.Password);
        return client;
    }

    private static (string Value, string Detail) Figure(string html, string code)
    {
        var matches = Regex.Matches(html, $"data-target=\"{code}\" data-value=\"([^\"]*)\" data-detail=\"([^\"]*)\"");
        Assert.True(matches.Count == 1, $"{code} appears {matches.Count} times");
        return (WebUtility.HtmlDecode(matches[0].Groups[1].Value), WebUtility.HtmlDecode(matches[0].Groups[2].Value));
    }

    [Theory]
    [InlineData("T1", "/chi-bo")]
    [InlineData("T3", "/chi-bo")]
    [InlineData("T4", "/chi-bo")]
    [InlineData("T5", "/chi-bo")]
    [InlineData("T6", "/chi-bo")]
    [InlineData("T7", "/chi-bo")]
    [InlineData("T8", "/chi-bo")]
    [InlineData("T17", "/chi-bo")]
    [InlineData("T9", "/tre/ho-so-thieu")]
    [InlineData("T10", "/van-ban")]
    [InlineData("T14", "/suc-khoe/bao-cao")]
    [InlineData("T15", "/suc-khoe/bao-cao")]
    [InlineData("T16", "/suc-khoe/bao-cao")]
    public async Task The_dashboard_shows_the_figure_and_wording_of_the_capability_page(string code, string page)
    {
        var principal = await PrincipalAsync();

        var dashboard = Figure(await principal.GetStringAsync("/chi-tieu"), code);
        var own = Figure(await principal.GetStringAsync(page), code);

        Assert.Equal(own, dashboard);
        Assert.NotEqual(string.Empty, dashboard.Detail);
    }

    [Fact]
    public async Task The_cell_rating_shows_the_year_it_refers_to_and_a_disciplined_member_leaves_T7_on_both_pages()
    {
        var principal = await PrincipalAsync();
        var year = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).Year;
        var (t1, t7Before) = (Figure(await principal.GetStringAsync("/chi-tieu"), "T1"), Figure(await principal.GetStringAsync("/chi-tieu"), "T7"));
        var ratingYear = int.Parse(Regex.Match(t1.Detail, @"^Năm (\d{4}): ").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(ratingYear, year - 1, year);

        var (schoolId, memberId, good) = await app.WithDbAsync(async db =>
        {
            var school = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            var rated = await db.Set<MemberEvaluation>().Where(e => e.SchoolId == school && e.Year == ratingYear && e.DecidedLevel <= Sprout.Domain.Cell.EvaluationLevel.Good
                    && db.PartyMembers.Any(p => p.Id == e.PartyMemberId && p.TransferredOutOn == null)
                    && !db.Set<DisciplineRecord>().Any(d => d.PartyMemberId == e.PartyMemberId && d.Date.Year == ratingYear))
                .Select(e => e.PartyMemberId).ToListAsync();
            return (school, rated[0], rated.Count);
        });
        await app.WithDbAsync(async db =>
        {
            db.Add(new DisciplineRecord { SchoolId = schoolId, PartyMemberId = memberId, Date = new DateOnly(ratingYear, 3, 1), Form = "Khiển trách", Reason = "Kiểm thử chỉ tiêu T7" });
            return await db.SaveChangesAsync();
        });
        try
        {
            var dashboard = Figure(await principal.GetStringAsync("/chi-tieu"), "T7");
            var cell = Figure(await principal.GetStringAsync("/chi-bo"), "T7");

            Assert.Equal(cell, dashboard);
            Assert.StartsWith($"Năm {ratingYear}: {good - 1}/", dashboard.Detail, StringComparison.Ordinal);
            Assert.Contains("đảng viên bị kỷ luật", dashboard.Detail, StringComparison.Ordinal);
            Assert.NotEqual(t7Before.Value, dashboard.Value);
        }
        finally
        {
            await app.WithDbAsync(db => db.Set<DisciplineRecord>().Where(d => d.Reason == "Kiểm thử chỉ tiêu T7").ExecuteDeleteAsync());
        }
    }

    [Theory]
    [InlineData("T2")]
    [InlineData("T11")]
    [InlineData("T12")]
    [InlineData("T13")]
    public async Task A_manual_target_shows_the_latest_value_entered_with_its_mark(string code)
    {
        var principal = await PrincipalAsync();
        var schoolId = await app.DemoSchoolIdAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var entries = await app.WithDbAsync(db => db.Set<TargetManualValue>().Where(v => v.SchoolId == schoolId && v.Code == code && v.AsOf <= today)
            .Select(v => new { v.Id, v.EnteredAt, v.Value }).ToListAsync());
        var latest = entries.OrderByDescending(v => v.EnteredAt).ThenByDescending(v => v.Id).First().Value;

        var html = await principal.GetStringAsync("/chi-tieu");

        Assert.Equal(Sprout.Domain.Plan.PlanFormat.Number(latest), Figure(html, code).Value);
        var card = Regex.Match(html, $"data-target=\"{code}\"[^>]*data-manual=\"true\"[\\s\\S]*?</li>");
        Assert.True(card.Success);
        Assert.Contains("Nhập tay", card.Value, StringComparison.Ordinal);
    }
}
