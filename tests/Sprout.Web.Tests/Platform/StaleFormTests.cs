using System.Net;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

/// <summary>A form the page no longer shows (someone else just did what it does) is answered in Vietnamese, never blank.</summary>
[Collection(AppCollection.Name)]
public class StaleFormTests(SproutAppFactory app)
{
    [Fact]
    public async Task A_post_naming_a_form_no_longer_on_the_page_gets_the_vietnamese_page_saying_to_reload()
    {
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var response = await FormPoster.PostFormAsync(teacher, "/thong-bao/cai-dat", "give-999999", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("trang đã thay đổi trước khi bạn gửi (có thể người khác vừa làm việc này)", html, StringComparison.Ordinal);
    }
}
