using Microsoft.AspNetCore.Components;
using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Modules.Cell;

/// <summary>
/// What every page of the cell does first: find the viewer's membership and, for anyone else, refuse with a
/// 403, a clear message and an audit entry, before anything confidential is read.
/// </summary>
public abstract class CellPageBase : FormPageBase
{
    [Inject] protected CellAccess Access { get; set; } = default!;

    protected CellViewer? Viewer { get; private set; }

    /// <summary>The page's name for the audit entry when a non-member opens it.</summary>
    protected abstract string PageAction { get; }

    protected override async Task InitializeAsync()
    {
        Viewer = await Access.ViewerAsync(User, CancellationToken.None);
        if (Viewer is null)
        {
            await Access.RecordRefusalAsync(User, PageAction, "Không phải đảng viên của chi bộ.", CancellationToken.None);
            SetStatus(StatusCodes.Status403Forbidden);
            return;
        }
        await LoadAsync();
    }
}
