using System.Net;
using System.Text.RegularExpressions;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.Attendance;

/// <summary>The monthly register goes on paper with the school's name on top and room for the two signatures.</summary>
[Collection(AppCollection.Name)]
public class MonthSheetPrintTests(SproutAppFactory app)
{
    [Fact]
    public async Task The_month_sheet_prints_with_the_school_header_and_the_teacher_and_principal_signature_lines()
    {
        var classId = await ChildrenAccessMatrixRows.LonA1(app);
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);

        var page = WebUtility.HtmlDecode(await teacher.GetStringAsync($"/lop/{classId}/so-diem-danh?thang=2026-10"));

        var header = Regex.Match(page, "<div class=\"print-only print-header\">\\s*<p class=\"print-school\">([^<]+)</p>");
        Assert.True(header.Success, "no print header");
        Assert.Contains("Việt Hưng", header.Groups[1].Value, StringComparison.Ordinal);
        var start = page.IndexOf("<div class=\"print-only signatures\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no signature block");
        var roles = Regex.Matches(page[start..], "<div><p>([^<]+)</p><span class=\"sign-hint\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Giáo viên chủ nhiệm", "Hiệu trưởng"], roles);
        // The header comes before the sheet and the signatures after it.
        Assert.True(page.IndexOf("print-header", StringComparison.Ordinal) < page.IndexOf("<table class=\"sheet\"", StringComparison.Ordinal));
        Assert.True(page.IndexOf("</table>", StringComparison.Ordinal) < page.IndexOf("print-only signatures", StringComparison.Ordinal));
    }
}
