using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Plan;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Plan;

/// <summary>The evidence behind a hand-entered plan value is bounded at 10 MB, and the refusal stores nothing.</summary>
[Collection(AppCollection.Name)]
public class PlanEvidenceLimitTests(SproutAppFactory app)
{
    // A value no other test enters for T11, so the rows counted here are this test's own.
    private const double Value = 87.25;

    [Fact]
    public async Task Evidence_one_byte_over_10_MB_is_refused_in_Vietnamese_and_stores_nothing_while_10_MB_of_PNG_is_kept()
    {
        var principal = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(principal, $"hieutruong@{DemoAccounts.Domain}", DemoAccounts.Password);
        async Task<(HttpStatusCode Status, string Html)> PostAsync(byte[] file)
        {
            var token = await FormPoster.AntiforgeryTokenAsync(principal, "/chi-tieu/T11");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("manual"), "_handler" },
                { new StringContent("87,25"), "value" }, { new StringContent("2026-11-30"), "asof" }, { new StringContent("Ảnh chụp biên bản"), "note" },
            };
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(part, "evidence", "bien-ban.png");
            var response = await principal.PostAsync("/chi-tieu/T11", content);
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
        Task<int> StoredAsync() => app.WithDbAsync(db => db.Set<TargetManualValue>().CountAsync(v => v.Code == "T11" && v.Value == Value));
        var before = await StoredAsync();

        var (tooLargeStatus, tooLarge) = await PostAsync(Png(PlanService.MaxEvidenceBytes + 1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLargeStatus);
        Assert.Contains("Tệp minh chứng quá lớn (tối đa 10 MB).", tooLarge, StringComparison.Ordinal);
        Assert.Contains("value=\"87,25\"", tooLarge, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());

        var atLimit = Png(PlanService.MaxEvidenceBytes);
        var (okStatus, saved) = await PostAsync(atLimit);

        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Contains("Đã lưu số liệu và minh chứng.", saved, StringComparison.Ordinal);
        Assert.Equal(before + 1, await StoredAsync());
        var id = await app.WithDbAsync(db => db.Set<TargetManualValue>().Where(v => v.Code == "T11" && v.Value == Value).MaxAsync(v => v.Id));
        Assert.Equal(atLimit.Length, (await principal.GetByteArrayAsync($"/chi-tieu/minh-chung/{id}")).Length);
    }

    /// <summary>Bytes of the given length that pass the content check: the PNG signature, then padding.</summary>
    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        ((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).CopyTo(bytes);
        return bytes;
    }
}
