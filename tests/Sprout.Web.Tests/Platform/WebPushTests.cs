using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Calendar;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

[Collection(AppCollection.Name)]
public class WebPushTests(SproutAppFactory app)
{
    [Fact]
    public void The_test_decryptor_reads_the_RFC_8291_example()
    {
        // RFC 8291 Section 5 / Appendix A: user agent keys, authentication secret and the encrypted message.
        var ua = WebPushDecryptor.PrivateKey("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94",
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4");
        var body = WebEncoders.Base64UrlDecode("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
            + "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
            + "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN");
        var plain = WebPushDecryptor.Decrypt(body, ua, WebEncoders.Base64UrlDecode("BTBZMqHH6r4Tts7J_aSIgg"));
        Assert.Equal("When I grow up, I want to be a watermelon", Encoding.UTF8.GetString(plain));
    }

    [Fact]
    public async Task An_absence_is_pushed_to_the_teacher_s_installed_app_encrypted_for_it_and_signed_with_the_server_key()
    {
        using var pushService = new FakePushService();
        using var device = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var deviceKey = device.ExportParameters(includePrivateParameters: true);
        var p256dh = WebEncoders.Base64UrlEncode([4, .. deviceKey.Q.X!, .. deviceKey.Q.Y!]);
        var auth = RandomNumberGenerator.GetBytes(16);
        var endpoint = $"{pushService.BaseUrl}push/{Guid.NewGuid():N}";

        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, $"giaovien@{DemoAccounts.Domain}", DemoAccounts.Password);
        // The teacher wants absences on the phone at any hour: quiet hours off.
        var saved = await FormPoster.PostFormAsync(teacher, "/thong-bao/cai-dat", "settings", new Dictionary<string, string> { ["on"] = "absence:push", ["from"] = "21:00", ["until"] = "06:30" });
        Assert.Contains("Đã lưu cài đặt thông báo.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var token = await FormPoster.AntiforgeryTokenAsync(teacher, "/thong-bao/cai-dat");
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, "/thong-bao/dang-ky-day")
        {
            Content = JsonContent.Create(new { endpoint, expirationTime = (object?)null, keys = new { p256dh, auth = WebEncoders.Base64UrlEncode(auth) } }),
        };
        subscribe.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.NoContent, (await teacher.SendAsync(subscribe)).StatusCode);
        var publicKey = (await teacher.GetFromJsonAsync<JsonElement>("/thong-bao/khoa-day")).GetProperty("publicKey").GetString()!;

        // Without the antiforgery token a subscription is refused (another site cannot add its endpoint to the account).
        var forged = await teacher.PostAsJsonAsync("/thong-bao/dang-ky-day", new { endpoint = endpoint + "x", keys = new { p256dh, auth = WebEncoders.Base64UrlEncode(auth) } });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var (childId, schoolId) = await app.WithDbAsync(async db => await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone)
            .Select(cg => new ValueTuple<int, int>(cg.ChildId, cg.SchoolId)).FirstAsync());
        DateOnly day;
        using (var scope = app.Services.CreateScope())
        {
            day = await scope.ServiceProvider.GetRequiredService<SchoolCalendar>().NextSchoolDayAsync(schoolId, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(40));
        }
        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var reason = $"Tiêm chủng {Guid.NewGuid():N}";
        await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}/bao-vang", "report-absence",
            new Dictionary<string, string> { ["Input.Date"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = reason });
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var pushRows = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Channel == WebPushChannel.ChannelName && m.Body.Contains(reason))
            .Select(m => $"{m.RecipientUserId} sent={m.SentAt} attempts={m.Attempts} next={m.NextAttemptAt} error={m.LastError}").ToListAsync());
        Assert.True(pushService.Received.Count > 0, "push rows: " + string.Join(" | ", pushRows));

        string BodyOf(PushRequest r) => JsonDocument.Parse(WebPushDecryptor.Decrypt(r.Body, deviceKey, auth)).RootElement.GetProperty("body").GetString()!;
        var push = Assert.Single(pushService.Received, r => BodyOf(r).Contains(reason, StringComparison.Ordinal));
        Assert.Equal("aes128gcm", push.Headers["Content-Encoding"]);
        var payload = JsonDocument.Parse(WebPushDecryptor.Decrypt(push.Body, deviceKey, auth)).RootElement;
        Assert.StartsWith("Phụ huynh báo nghỉ", payload.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/lop/", payload.GetProperty("url").GetString(), StringComparison.Ordinal);

        // VAPID (RFC 8292): "vapid t=<JWT>, k=<server public key>", the JWT signed ES256 for the push service's origin.
        var authorization = push.Headers["Authorization"];
        Assert.StartsWith("vapid ", authorization, StringComparison.Ordinal);
        var parts = authorization["vapid ".Length..].Split(',', StringSplitOptions.TrimEntries).ToDictionary(p => p[..p.IndexOf('=')], p => p[(p.IndexOf('=') + 1)..]);
        Assert.Equal(publicKey, parts["k"]);
        var jwt = parts["t"].Split('.');
        var claims = JsonDocument.Parse(WebEncoders.Base64UrlDecode(jwt[1])).RootElement;
        // The library writes the audience as scheme and host: it leaves out a non-default port, which real push services
        // (https on 443) never have, so only this loopback service shows the difference.
        Assert.Equal("http://127.0.0.1", claims.GetProperty("aud").GetString());
        Assert.True(claims.GetProperty("exp").GetInt64() <= DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds());
        var key = WebEncoders.Base64UrlDecode(publicKey);
        using var verifier = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = key[1..33], Y = key[33..65] } });
        Assert.True(verifier.VerifyData(Encoding.ASCII.GetBytes($"{jwt[0]}.{jwt[1]}"), WebEncoders.Base64UrlDecode(jwt[2]), HashAlgorithmName.SHA256));

        // The VAPID key pair is kept in the keys folder, readable by the service account only.
        var file = Path.Combine(app.KeysFolder, VapidKeys.FileName);
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        // A subscription the push service says is gone is forgotten.
        pushService.Status = HttpStatusCode.Gone;
        await FormPoster.PostFormAsync(parent, $"/con-toi/{childId}/bao-vang", "report-absence",
            new Dictionary<string, string> { ["Input.Date"] = day.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Reason"] = reason + " (2)" });
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        Assert.False(await app.WithDbAsync(db => db.Set<WebPushSubscription>().AnyAsync(s => s.Endpoint == endpoint)));
    }
}
