using Sprout.Web.Platform.Forms;

namespace Sprout.Web.Platform.Access;

/// <summary>
/// The person may not act on this child or class. One mechanism everywhere: a form page shows the Vietnamese
/// message with status 403 (<see cref="FormPageBase"/>), anything else (an endpoint, a page's event outside a form)
/// reaches the exception handler, which answers 403 with the Vietnamese error page.
/// </summary>
public sealed class AccessRefusedException(string message = AccessRefusedException.DefaultMessage) : RuleException(message)
{
    public const string DefaultMessage = "Bạn không có quyền thay đổi dữ liệu của trẻ hoặc lớp này.";
}
