namespace Sprout.Web.Platform.Errors;

/// <summary>
/// Blazor answers a form post it cannot process with an empty <c>text/plain</c> 400: its antiforgery token is stale, or
/// the form it names is no longer on the page because someone else has just done what it does (the last dose recorded,
/// a document approved). The status-code pages skip a response that has a content type, so the person saw a blank
/// page. Clearing that type lets them answer with the Vietnamese 400 page, which says to reload and see the new state.
/// </summary>
public sealed class BlankFormRefusalMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var response = context.Response;
        if (response is { StatusCode: StatusCodes.Status400BadRequest, HasStarted: false } && response.ContentLength is null or 0
            && HttpMethods.IsPost(context.Request.Method) && (response.ContentType?.StartsWith("text/plain", StringComparison.Ordinal) ?? false))
        {
            response.ContentType = null;
            response.ContentLength = null;
        }
    }
}
