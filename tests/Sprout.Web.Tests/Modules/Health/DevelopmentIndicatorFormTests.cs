using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Health;

/// <summary>The indicator pages write through <see cref="DevelopmentIndicatorService"/>; a refusal answers 422 and keeps the typing.</summary>
[Collection(AppCollection.Name)]
public class DevelopmentIndicatorFormTests(SproutAppFactory app)
{
    private async Task<HttpClient> NurseAsync()
    {
        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        return nurse;
    }

    [Fact]
    public async Task An_indicator_edit_refused_answers_422_with_the_typing_kept_and_a_good_one_is_stored()
    {
        var nurse = await NurseAsync();
        var schoolId = await app.DemoSchoolIdAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var indicator = new DevelopmentIndicator { SchoolId = schoolId, Code = "FORM-TC1", AgeGroup = AgeGroup.MauGiao5To6, Domain = DevelopmentDomain.Aesthetics, Text = "Vẽ theo ý thích", Order = 1, Active = true };
            db.Add(indicator);
            await db.SaveChangesAsync();
            return indicator.Id;
        });
        var url = $"/suc-khoe/chi-so/{id}";

        var refused = await FormPoster.PostFormAsync(nurse, url, "indicator", new Dictionary<string, string>
        {
            ["age"] = ((int)AgeGroup.MauGiao5To6).ToString(System.Globalization.CultureInfo.InvariantCulture), ["domain"] = ((int)DevelopmentDomain.Aesthetics).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "Vẽ tranh về gia đình", ["order"] = "10000", ["active"] = "true",
        });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Thứ tự phải là số nguyên từ 0 đến 9999.", html, StringComparison.Ordinal);
        Assert.Contains(">Vẽ tranh về gia đình</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"10000\"", html, StringComparison.Ordinal);
        Assert.Equal("Vẽ theo ý thích", await app.WithDbAsync(db => db.Set<DevelopmentIndicator>().Where(i => i.Id == id).Select(i => i.Text).SingleAsync()));

        var saved = await FormPoster.PostFormAsync(nurse, url, "indicator", new Dictionary<string, string>
        {
            ["age"] = ((int)AgeGroup.MauGiao5To6).ToString(System.Globalization.CultureInfo.InvariantCulture), ["domain"] = ((int)DevelopmentDomain.Aesthetics).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "Vẽ tranh về gia đình", ["order"] = "3",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Đã lưu thay đổi.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Set<DevelopmentIndicator>().SingleAsync(i => i.Id == id));
        Assert.Equal(("Vẽ tranh về gia đình", 3, false), (stored.Text, stored.Order, stored.Active));
    }

    [Fact]
    public async Task An_import_without_a_file_answers_422()
    {
        var nurse = await NurseAsync();
        var response = await FormPoster.PostFormAsync(nurse, "/suc-khoe/chi-so", "import-indicators", new Dictionary<string, string>());
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Chưa nhập chỉ số nào.", html, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn một tệp .xlsx hoặc .csv (tối đa 5 MB).", html, StringComparison.Ordinal);
    }
}
