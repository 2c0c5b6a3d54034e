using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Sprout.Web.Platform.Localization;

namespace Sprout.Web.Modules.Cell;

/// <summary>
/// What every page of the cell does first: find the viewer's membership and, for anyone else, refuse with a
/// 403, a clear message and an audit entry, before anything confidential is read.
/// </summary>
public abstract class CellPageBase : ComponentBase
{
    [CascadingParameter] protected Task<AuthenticationState>? AuthState { get; set; }
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] protected CellAccess Access { get; set; } = default!;
    [Inject] protected IStringLocalizer<UiText> Text { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    protected ClaimsPrincipal User { get; private set; } = new();
    protected CellViewer? Viewer { get; private set; }
    protected string? Message { get; set; }
    protected bool Error { get; set; }

    /// <summary>
    /// False until the viewer and the page's data are loaded: Blazor renders once while initialisation is still
    /// awaiting, and nothing of a cell page may be drawn from half-loaded state.
    /// </summary>
    protected bool Ready { get; private set; }

    /// <summary>The page's name for the audit entry when a non-member opens it.</summary>
    protected abstract string PageAction { get; }

    protected bool IsPost => HttpMethods.IsPost(HttpContext?.Request.Method ?? "GET");

    protected DateOnly Today => Platform.Text.VietnameseFormat.Today(Clock);

    protected sealed override async Task OnInitializedAsync()
    {
        User = (await AuthState!).User;
        Viewer = await Access.ViewerAsync(User, CancellationToken.None);
        if (Viewer is null)
        {
            await Access.RecordRefusalAsync(User, PageAction, "Không phải đảng viên của chi bộ.", CancellationToken.None);
            if (HttpContext is { Response.HasStarted: false })
            {
                HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            Ready = true;
            return;
        }
        await LoadAsync();
        Ready = true;
    }

    protected abstract Task LoadAsync();

    protected string F(string name) => HttpContext!.Request.HasFormContentType ? HttpContext.Request.Form[name].ToString().Trim() : string.Empty;

    /// <summary>What the user typed, shown again after a refused save so nothing is lost.</summary>
    protected string? Typed(string name) => Error && IsPost ? F(name) : null;

    protected DateOnly? FormDate(string name) =>
        DateOnly.TryParseExact(F(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    protected int? FormInt(string name) => int.TryParse(F(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Runs an action; a Party rule's refusal becomes the page's message and the typed values stay.</summary>
    protected async Task<bool> TryAsync(Func<Task> action, string doneMessage)
    {
        try
        {
            await action();
            (Message, Error) = (doneMessage, false);
            await LoadAsync();
            return true;
        }
        catch (CellRuleException ex)
        {
            (Message, Error) = (ex.Message, true);
            if (HttpContext is { Response.HasStarted: false })
            {
                HttpContext.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
            await LoadAsync();
            return false;
        }
    }
}
