namespace Sprout.Web.Components.Layout;

/// <summary>One group of the main menu: its heading key in UiText and its icon.</summary>
public sealed record NavArea(string TextKey, int Order);

/// <summary>
/// Which area and icon each menu entry belongs to, by its address. Kept here rather than on the modules' menu
/// entries so that the menu's arrangement is decided in one place; an address not listed falls into "Khác".
/// </summary>
public static class NavAreas
{
    public static readonly NavArea Daily = new("NavArea.Daily", 0);
    public static readonly NavArea Children = new("NavArea.Children", 1);
    public static readonly NavArea Kitchen = new("NavArea.Kitchen", 2);
    public static readonly NavArea Management = new("NavArea.Management", 3);
    public static readonly NavArea Cell = new("NavArea.Cell", 4);
    public static readonly NavArea Ward = new("NavArea.Ward", 5);
    public static readonly NavArea Admin = new("NavArea.Admin", 6);
    public static readonly NavArea Other = new("NavArea.Other", 7);

    private static readonly Dictionary<string, (NavArea Area, string Icon)> ByHref = new(StringComparer.Ordinal)
    {
        ["/"] = (Daily, "home"),
        ["/con-toi"] = (Daily, "mood-kid"),
        ["/thong-bao"] = (Daily, "bell"),
        ["/thuc-don/tuan-nay"] = (Daily, "salad"),
        ["/lop"] = (Children, "school"),
        ["/tre/ho-so-thieu"] = (Children, "clipboard-list"),
        ["/tre/nhap"] = (Children, "upload"),
        ["/lop/quan-ly"] = (Children, "settings"),
        ["/phu-huynh/loi-moi"] = (Children, "mail-plus"),
        ["/suc-khoe"] = (Children, "heart-rate-monitor"),
        ["/bep/suat-an"] = (Kitchen, "tools-kitchen-2"),
        ["/thuc-don"] = (Kitchen, "salad"),
        ["/an-toan-thuc-pham"] = (Kitchen, "shield-lock"),
        ["/thuc-don/gia"] = (Kitchen, "chart-bar"),
        ["/thuc-don/thuc-pham"] = (Kitchen, "books"),
        ["/thuc-don/chuan"] = (Kitchen, "target"),
        ["/chi-tieu"] = (Management, "target"),
        ["/ke-hoach"] = (Management, "calendar-event"),
        ["/van-ban"] = (Management, "file-text"),
        ["/nhan-su"] = (Management, "users"),
        ["/chi-bo"] = (Cell, "flag"),
        ["/phuong"] = (Ward, "building-community"),
        ["/phuong/bao-cao-chi-bo"] = (Ward, "news"),
        ["/phuong/chi-tieu"] = (Ward, "target"),
        ["/quan-tri/truong"] = (Admin, "settings"),
        ["/quan-tri/logo"] = (Admin, "photo"),
        ["/quan-tri/nhat-ky"] = (Admin, "history"),
        ["/tai-khoan/xac-thuc-hai-buoc"] = (Admin, "shield-lock"),
    };

    public static (NavArea Area, string Icon) Of(string href) =>
        ByHref.TryGetValue(href, out var found) ? found : (Other, "arrow-right");
}
