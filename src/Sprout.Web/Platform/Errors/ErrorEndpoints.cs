using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Platform.Errors;

internal static class ErrorEndpoints
{
    /// <summary>
    /// Error pages answer every method: status-code pages and the exception handler re-execute the
    /// original request (often a POST, often after a component already ran) at this path. A plain
    /// HTML writer is used so nothing the failed request left behind can break the error page itself.
    /// </summary>
    public static void MapErrorPages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/loi/{code:int}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Head, HttpMethods.Put, HttpMethods.Delete],
                async (int code, HttpContext http, IStringLocalizer<UiText> text) =>
                {
                    // On re-execution the response already carries the real status (e.g. 503 for a lost database).
                    var status = http.Response.StatusCode >= 400 ? http.Response.StatusCode : (code is >= 400 and < 600 ? code : 500);
                    http.Response.StatusCode = status;
                    http.Response.ContentType = "text/html; charset=utf-8";
                    await http.Response.WriteAsync(Render(status, text));
                })
            .AllowAnonymous()
            .DisableAntiforgery();

    /// <summary>Answers the request with the error page directly, for middleware that must not re-execute.</summary>
    internal static Task WriteAsync(HttpContext context, int status, IStringLocalizer<UiText> text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Render(status, text));
    }

    internal static string Render(int status, IStringLocalizer<UiText> text)
    {
        var key = status is 400 or 403 or 404 or 413 or 429 or 503 ? status.ToString(CultureInfo.InvariantCulture) : "500";
        string T(string name) => WebUtility.HtmlEncode(text[name]);
        // The mark is drawn inline, not from the sprite: an error page makes no second request that could fail too.
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <link rel="stylesheet" href="/css/app.css" />
            <title>{T($"Error.{key}.Title")} – {T("App.Name")}</title>
            </head>
            <body>
            <header class="topbar"><a class="brand" href="/"><svg class="icon brand-mark" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M2 9a10 10 0 1 0 20 0" /><path d="M12 19a10 10 0 0 1 10 -10" /><path d="M2 9a10 10 0 0 1 10 10" /><path d="M12 4a9.7 9.7 0 0 1 2.99 7.5" /><path d="M9.01 11.5a9.7 9.7 0 0 1 2.99 -7.5" /></svg>{T("App.Name")}</a></header>
            <main id="main" class="content">
            <section class="error-page" aria-labelledby="error-title">
            <p class="error-code">{status}</p>
            <h1 id="error-title">{T($"Error.{key}.Title")}</h1>
            <p>{T($"Error.{key}.Message")}</p>
            <p><a href="/" class="button">{T("Error.Home")}</a></p>
            </section>
            </main>
            </body>
            </html>
            """;
    }
}
