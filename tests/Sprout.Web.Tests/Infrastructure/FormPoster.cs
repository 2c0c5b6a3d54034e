using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>Posts a server-rendered form as a browser would: fetch the page, keep its antiforgery token, post the fields.</summary>
public static partial class FormPoster
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, IDictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(client, url);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Posts a multipart form with one file, as an upload field sends it.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, string formName, IDictionary<string, string> fields,
        string fileField, string fileName, byte[] bytes, string contentType)
    {
        var token = await AntiforgeryTokenAsync(client, url);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(formName), "_handler" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, fileField, fileName);
        return await client.PostAsync(url, content);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string login, string password) =>
        PostFormAsync(client, "/dang-nhap", "login", new Dictionary<string, string>
        {
            ["Input.Login"] = login,
            ["Input.Password"] = password,
        });
}
