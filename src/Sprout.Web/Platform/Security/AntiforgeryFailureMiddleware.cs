using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Errors;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Platform.Security;

/// <summary>
/// A form posted without a valid antiforgery token gets the Vietnamese 400 page instead of the framework's
/// English text, and never reaches the page's handler.
/// </summary>
internal sealed class AntiforgeryFailureMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IStringLocalizer<UiText> text)
    {
        var required = context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>()?.RequiresValidation == true;
        if (required && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            await ErrorEndpoints.WriteAsync(context, StatusCodes.Status400BadRequest, text);
            return;
        }
        await next(context);
    }
}
