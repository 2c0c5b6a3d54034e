using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Children;

[Collection(AppCollection.Name)]
public class ChildFileTests(SproutAppFactory app)
{
    private static Dictionary<string, string> NewChild(string personalId) => new()
    {
        ["Input.FamilyName"] = "Đặng",
        ["Input.MiddleName"] = "Bảo",
        ["Input.GivenName"] = "Ngọc",
        ["Input.DateOfBirth"] = "2021-03-14",
        ["Input.Sex"] = "Female",
        ["Input.EthnicityCode"] = "01",
        ["Input.PersonalId"] = personalId,
        ["Input.ProvinceCode"] = "01",
        ["Input.WardCode"] = "00127",
        ["Input.AddressLine"] = "Số 5, ngõ 12 phố Việt Hưng",
        ["Input.Guardians[0].FullName"] = "Đặng Văn Hùng",
        ["Input.Guardians[0].Relation"] = "Bố",
        ["Input.Guardians[0].Phone"] = "0987 654 321",
        ["Input.Guardians[0].MayPickUp"] = "true",
        ["Input.Consent"] = "true",
        ["Input.ConsentGivenBy"] = "Đặng Văn Hùng",
    };

    [Fact]
    public async Task A_wrong_identifier_is_explained_beside_the_field_and_the_typing_is_kept()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var fields = NewChild("001221004567"); // sex digit says male
        fields["Input.ClassroomId"] = classId;
        var response = await FormPoster.PostFormAsync(client, $"/lop/{classId}/them-tre", "child-file", fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chữ số thứ 4 là 2, chỉ giới tính nam, không khớp với giới tính nữ của trẻ.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Số 5, ngõ 12 phố Việt Hưng\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Đặng Văn Hùng\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.PersonalId == "001221004567")));
    }

    [Fact]
    public async Task Teacher_adds_a_child_with_a_guardian_and_consent_and_the_change_is_audited()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var fields = NewChild("001321098765");
        fields["Input.ClassroomId"] = classId;
        var response = await FormPoster.PostFormAsync(client, $"/lop/{classId}/them-tre", "child-file", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(response.LocalRedirect()));
        Assert.Contains("Đặng Bảo Ngọc", page, StringComparison.Ordinal);
        Assert.Contains("Số 5, ngõ 12 phố Việt Hưng, Phường Việt Hưng, Thành phố Hà Nội", page, StringComparison.Ordinal);
        Assert.Contains("Đã đồng ý (Đặng Văn Hùng", page, StringComparison.Ordinal);

        var (childId, phone, audited) = await app.WithDbAsync(async db =>
        {
            var child = await db.Children.Include(c => c.Guardians).ThenInclude(g => g.Guardian).FirstAsync(c => c.PersonalId == "001321098765");
            var entry = await db.AuditEntries.AnyAsync(a => a.EntityType == "Child" && a.EntityKey == child.Id.ToString() && a.Action == "Thêm");
            return (child.Id, child.Guardians.Single().Guardian!.Phone, entry);
        });
        Assert.Equal("0987654321", phone);
        Assert.True(audited);

        // The same identifier cannot be given to a second child.
        var again = await FormPoster.PostFormAsync(client, $"/lop/{classId}/them-tre", "child-file", fields);
        Assert.Contains("Số định danh này đã có trong hồ sơ một trẻ khác", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(childId > 0);
    }

    [Fact]
    public async Task Teacher_cannot_open_or_edit_a_child_of_another_class()
    {
        var other = await app.WithDbAsync(async db =>
            await db.Children.Where(c => c.Classroom!.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/tre/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/tre/{other}/sua")).StatusCode);
    }

    [Fact]
    public async Task Completeness_view_lists_children_without_an_identifier()
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "hieutruong@mnviethung.edu.vn", DemoAccounts.Password);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/tre/ho-so-thieu"));
        var withoutId = await app.WithDbAsync(async db =>
        {
            var school = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            return await db.Children.Where(c => c.SchoolId == school && c.PersonalId == null).Select(c => c.Id).FirstAsync();
        });
        Assert.Contains($"href=\"/tre/{withoutId}\"", html, StringComparison.Ordinal);
        Assert.Contains("số định danh", html, StringComparison.Ordinal);
    }
}
