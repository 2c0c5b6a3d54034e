using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Platform.Forms;

/// <summary>
/// A server-rendered page with plain HTML forms handled by services: reads the posted fields, shows a refused
/// save's message while keeping what the user typed, and renders nothing until its data is loaded.
/// </summary>
public abstract class FormPageBase : ComponentBase
{
    [CascadingParameter] protected Task<AuthenticationState>? AuthState { get; set; }
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] protected IStringLocalizer<UiText> Text { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    protected ClaimsPrincipal User { get; private set; } = new();
    protected string? Message { get; set; }
    protected bool Error { get; set; }

    /// <summary>
    /// False until the page's data are loaded: Blazor renders once while initialisation is still awaiting,
    /// and nothing may be drawn from half-loaded state.
    /// </summary>
    protected bool Ready { get; private set; }

    protected bool IsPost => HttpMethods.IsPost(HttpContext?.Request.Method ?? "GET");

    protected DateOnly Today => Platform.Text.VietnameseFormat.Today(Clock);

    protected sealed override async Task OnInitializedAsync()
    {
        User = (await AuthState!).User;
        await InitializeAsync();
        Ready = true;
    }

    /// <summary>Loads what the page shows; pages with a gate check it here first.</summary>
    protected virtual Task InitializeAsync() => LoadAsync();

    protected abstract Task LoadAsync();

    protected string F(string name) => HttpContext!.Request.HasFormContentType ? HttpContext.Request.Form[name].ToString().Trim() : string.Empty;

    /// <summary>What the user typed, shown again after a refused save so nothing is lost.</summary>
    protected string? Typed(string name) => Error && IsPost ? F(name) : null;

    protected DateOnly? FormDate(string name) =>
        DateOnly.TryParseExact(F(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    protected int? FormInt(string name) => int.TryParse(F(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    protected void SetStatus(int status)
    {
        if (HttpContext is { Response.HasStarted: false })
        {
            HttpContext.Response.StatusCode = status;
        }
    }

    /// <summary>
    /// Runs an action; a rule's refusal becomes the page's message (422, or 403 when the person may not act on
    /// that child or class) and the typed values stay.
    /// </summary>
    protected async Task<bool> TryAsync(Func<Task> action, string doneMessage)
    {
        try
        {
            await action();
            (Message, Error) = (doneMessage, false);
            await LoadAsync();
            return true;
        }
        catch (RuleException ex)
        {
            (Message, Error) = (ex.Message, true);
            SetStatus(ex is Access.AccessRefusedException ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity);
            await LoadAsync();
            return false;
        }
    }
}
