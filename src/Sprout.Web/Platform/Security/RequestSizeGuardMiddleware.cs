using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Errors;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Platform.Security;

/// <summary>
/// Refuses a request whose declared body is larger than any upload Sprout accepts, before anything reads it,
/// with the Vietnamese 413 page. Kestrel's own limit still covers bodies sent without a length.
/// </summary>
internal sealed class RequestSizeGuardMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _limit = configuration.GetValue("Security:MaxRequestBytes", 25L * 1024 * 1024);

    public async Task InvokeAsync(HttpContext context, IStringLocalizer<UiText> text)
    {
        if (context.Request.ContentLength > _limit)
        {
            // Written here rather than re-executed: a re-executed request would carry the same oversized body.
            await ErrorEndpoints.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, text);
            return;
        }
        await next(context);
    }
}
