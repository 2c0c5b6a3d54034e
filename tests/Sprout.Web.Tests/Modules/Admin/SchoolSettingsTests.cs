using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Admin;

/// <summary>The school's settings are written by <c>SchoolSettingsService</c>; a refusal answers 422 and keeps the typing.</summary>
[Collection(AppCollection.Name)]
public class SchoolSettingsTests(SproutAppFactory app)
{
    [Fact]
    public async Task A_school_without_a_name_is_refused_with_the_typing_kept_and_a_good_save_is_stored()
    {
        var principal = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(principal, "hieutruong@mnviethung.edu.vn", DemoAccounts.Password);
        var schoolId = await app.DemoSchoolIdAsync();
        var before = await app.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Id == schoolId));

        var refused = await FormPoster.PostFormAsync(principal, "/quan-tri/truong", "school-settings", new Dictionary<string, string>
        {
            ["name"] = "  ", ["address"] = "Số 1 phố Thử, phường Việt Hưng", ["phone"] = "024 3333 4444",
        });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Vui lòng nhập tên trường.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Số 1 phố Thử, phường Việt Hưng\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"024 3333 4444\"", html, StringComparison.Ordinal);
        Assert.Equal(before.Address, await app.WithDbAsync(db => db.Schools.Where(s => s.Id == schoolId).Select(s => s.Address).SingleAsync()));

        var tooLong = await FormPoster.PostFormAsync(principal, "/quan-tri/truong", "school-settings", new Dictionary<string, string>
        {
            ["name"] = before.Name, ["address"] = before.Address, ["phone"] = new string('9', 21),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("Số điện thoại tối đa 20 ký tự.", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        try
        {
            var saved = await FormPoster.PostFormAsync(principal, "/quan-tri/truong", "school-settings", new Dictionary<string, string>
            {
                ["name"] = before.Name, ["address"] = "  Số 1   phố Thử ", ["phone"] = " 024 3333 4444 ", ["mfa"] = before.RequireTwoFactorForSensitiveRoles ? "true" : "",
            });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Contains("Đã lưu thay đổi.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            var after = await app.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.Id == schoolId));
            Assert.Equal(("Số 1 phố Thử", "024 3333 4444", before.RequireTwoFactorForSensitiveRoles), (after.Address, after.Phone, after.RequireTwoFactorForSensitiveRoles));
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                var school = await db.Schools.SingleAsync(s => s.Id == schoolId);
                (school.Address, school.Phone) = (before.Address, before.Phone);
                return await db.SaveChangesAsync();
            });
        }
    }
}
