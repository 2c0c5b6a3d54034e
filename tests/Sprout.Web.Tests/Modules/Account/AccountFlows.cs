using System.Net;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Account;

/// <summary>What the account tests do again and again: sign in, read the session cookie, sign out.</summary>
internal static class AccountFlows
{
    /// <summary>A page every signed-in person may open: 200 when the session holds, a redirect to sign-in when not.</summary>
    public const string ProbePage = "/tai-khoan/doi-mat-khau";

    public static string SessionCookie(HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").First(v => v.StartsWith("sprout.auth=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>A client that sends only the given cookie, as someone who copied it would.</summary>
    public static HttpClient WithCookie(SproutAppFactory app, string cookie)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var token = await FormPoster.AntiforgeryTokenAsync(client, ProbePage);
        return await client.PostAsync("/dang-xuat", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    public static async Task AssertSignedInAsync(HttpClient client)
    {
        var response = await client.GetAsync(ProbePage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task AssertSignedOutAsync(HttpClient client)
    {
        var response = await client.GetAsync(ProbePage);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.LocalRedirect(), StringComparison.Ordinal);
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
