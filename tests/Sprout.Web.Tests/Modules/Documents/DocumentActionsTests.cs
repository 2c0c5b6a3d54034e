using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Platform.Demo;

namespace Sprout.Web.Tests.Modules.Documents;

/// <summary>The document page offers only the steps this person may take now, and each step says what happened and what comes next.</summary>
[Collection(AppCollection.Name)]
public class DocumentActionsTests(SproutAppFactory app)
{
    private const string Clerk = "vanthu@mnviethung.edu.vn";
    private const string Vice = "phohieutruong@mnviethung.edu.vn";
    private const string Principal = "hieutruong@mnviethung.edu.vn";

    private async Task<HttpClient> AsAsync(string login)
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, login, DemoAccounts.Password);
        return client;
    }

    private async Task<int> DocumentAtAsync(DocumentStatus status)
    {
        var schoolId = await app.DemoSchoolIdAsync();
        return await app.WithDbAsync(async db =>
        {
            var document = new OutgoingDocument
            {
                SchoolId = schoolId, Kind = DocumentKind.Administrative, TypeCode = DocumentType.ThongBao.Code, Title = $"Thông báo ở bước {status}",
                Body = "Nội dung", Status = status, Year = 2032, CreatedBy = "Văn thư",
            };
            db.Add(document);
            await db.SaveChangesAsync();
            return document.Id;
        });
    }

    private static string Buttons(string html) =>
        string.Join(",", Regex.Matches(html, "<button type=\"submit\" name=\"action\" value=\"([a-z]+)\"").Select(m => m.Groups[1].Value));

    [Theory]
    [InlineData(DocumentStatus.Draft, Clerk, "save,submit")]
    [InlineData(DocumentStatus.Draft, Vice, "save,submit")]
    [InlineData(DocumentStatus.Draft, Principal, "save,submit")]
    [InlineData(DocumentStatus.InReview, Clerk, "save")]
    [InlineData(DocumentStatus.InReview, Vice, "save,approve,return")]
    [InlineData(DocumentStatus.InReview, Principal, "save,approve,return")]
    [InlineData(DocumentStatus.Approved, Clerk, "save")]
    [InlineData(DocumentStatus.Approved, Vice, "save")]
    [InlineData(DocumentStatus.Approved, Principal, "save,sign")]
    [InlineData(DocumentStatus.SignedByApprover, Clerk, "issue")]
    [InlineData(DocumentStatus.SignedByApprover, Vice, "")]
    [InlineData(DocumentStatus.SignedByApprover, Principal, "issue")]
    [InlineData(DocumentStatus.Issued, Clerk, "")]
    [InlineData(DocumentStatus.Issued, Principal, "")]
    public async Task The_page_offers_only_the_steps_this_person_may_take_now(DocumentStatus status, string login, string expected)
    {
        var id = await DocumentAtAsync(status);
        var client = await AsAsync(login);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/van-ban/{id}"));

        Assert.Equal(expected, Buttons(html));
        Assert.Equal(expected.Length == 0, html.Contains("không chờ thao tác nào của bạn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_step_says_what_happened_and_who_acts_next()
    {
        var id = await DocumentAtAsync(DocumentStatus.Draft);
        var (clerk, vice, principal) = (await AsAsync(Clerk), await AsAsync(Vice), await AsAsync(Principal));
        async Task<string> Act(HttpClient client, string action, string comment = "") => WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(client, $"/van-ban/{id}", "document-actions",
            new Dictionary<string, string> { ["action"] = action, ["comment"] = comment })).Content.ReadAsStringAsync());

        var submitted = await Act(clerk, "submit");
        var approved = await Act(vice, "approve", "Đồng ý.");
        var signed = await Act(principal, "sign");
        var issued = await Act(clerk, "issue");

        Assert.Contains("Đã trình duyệt: chờ Hiệu trưởng hoặc Phó hiệu trưởng duyệt.", submitted, StringComparison.Ordinal);
        Assert.Contains("Đã duyệt: chờ Hiệu trưởng ký số.", approved, StringComparison.Ordinal);
        Assert.Contains("Đã ký số: chờ Văn thư ban hành.", signed, StringComparison.Ordinal);
        Assert.Contains("Đã ban hành.", issued, StringComparison.Ordinal);
        Assert.Equal("save,approve,return", Buttons(await principal.GetStringAsync($"/van-ban/{await DocumentAtAsync(DocumentStatus.InReview)}")));
        Assert.Equal(DocumentStatus.Issued, await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_step_the_page_does_not_offer_is_still_refused_by_the_service()
    {
        var id = await DocumentAtAsync(DocumentStatus.Approved);
        var vice = await AsAsync(Vice);

        var html = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(vice, $"/van-ban/{id}", "document-actions",
            new Dictionary<string, string> { ["action"] = "sign" })).Content.ReadAsStringAsync());

        Assert.Contains("Bạn không có quyền thực hiện bước này.", html, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Approved, await app.WithDbAsync(db => db.Set<OutgoingDocument>().Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }
}
