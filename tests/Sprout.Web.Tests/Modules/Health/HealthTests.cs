using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;
using Sprout.Web.Tests.Modules.Children;

namespace Sprout.Web.Tests.Modules.Health;

[Collection(AppCollection.Name)]
public class HealthTests(SproutAppFactory app)
{
    private const string Day = "2026-11-20";

    private async Task<(string ClassId, List<int> Children)> ClassAsync(string name) => await app.WithDbAsync(async db =>
    {
        var classId = await db.Classrooms.Where(c => c.Name == name).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var children = await db.Children.Where(c => c.ClassroomId == classId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        return (classId.ToString(CultureInfo.InvariantCulture), children);
    });

    [Fact]
    public async Task The_nurse_checks_a_whole_class_before_saving_and_an_impossible_value_saves_nothing()
    {
        var (classId, children) = await ClassAsync("Nhỡ B1");
        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        var url = $"/suc-khoe/can-do/{classId}?ngay={Day}";
        var fields = new Dictionary<string, string> { ["date"] = Day, ["action"] = "check" };
        fields[$"w{children[0]}"] = "16,2";
        fields[$"h{children[0]}"] = "104,5";
        fields[$"w{children[1]}"] = "45";
        fields[$"h{children[1]}"] = "100";
        fields[$"w{children[2]}"] = "0";
        fields[$"h{children[2]}"] = "100";

        var checkedPage = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(nurse, url, "measuring-day", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Cân nặng theo tuổi bất thường", checkedPage, StringComparison.Ordinal);
        Assert.Contains("Cân nặng 0 kg không hợp lệ", checkedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"16,2\"", checkedPage, StringComparison.Ordinal);
        var date = DateOnly.Parse(Day, CultureInfo.InvariantCulture);
        Assert.False(await app.WithDbAsync(db => db.Set<Measurement>().AnyAsync(m => m.Date == date && children.Contains(m.ChildId))));

        fields["action"] = "save";
        var refused = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(nurse, url, "measuring-day", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Không có số đo nào được lưu.", refused, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<Measurement>().AnyAsync(m => m.Date == date && children.Contains(m.ChildId))));

        fields[$"w{children[2]}"] = "15,8";
        var saved = WebUtility.HtmlDecode(await (await FormPoster.PostFormAsync(nurse, url, "measuring-day", fields)).Content.ReadAsStringAsync());
        Assert.Contains("Đã lưu số đo của 3 trẻ.", saved, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Set<Measurement>().Where(m => m.Date == date && m.ChildId == children[0]).Select(m => m.WeightKg).FirstAsync());
        Assert.Equal(16.2, stored);
    }

    [Fact]
    public async Task The_report_counts_children_by_class_and_age_group_and_downloads_as_excel()
    {
        var nurse = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(nurse, "yte@mnviethung.edu.vn", DemoAccounts.Password);
        var page = WebUtility.HtmlDecode(await nurse.GetStringAsync("/suc-khoe/bao-cao"));
        Assert.Contains("Toàn trường", page, StringComparison.Ordinal);
        Assert.Contains("Mẫu giáo 5–6 tuổi", page, StringComparison.Ordinal);

        var bytes = await nurse.GetByteArrayAsync("/suc-khoe/bao-cao.xlsx");
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        var school = rows.Single(r => (string)r["Lớp / độ tuổi"] == "Toàn trường");
        var expected = await app.WithDbAsync(async db =>
        {
            var id = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            return await db.Children.CountAsync(c => c.SchoolId == id && c.ClassroomId != null);
        });
        Assert.Equal(expected, Convert.ToInt32(school["Số trẻ"], CultureInfo.InvariantCulture));
        Assert.True(Convert.ToInt32(school["Số trẻ được cân đo"], CultureInfo.InvariantCulture) > expected / 2);
    }

    [Fact]
    public async Task Parents_see_their_own_childs_growth_chart_and_send_medicine_but_not_another_childs()
    {
        var (own, other) = await app.WithDbAsync(async db =>
        {
            var mine = await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync();
            return (mine, await db.Children.Where(c => c.Id != mine).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        });
        var parent = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(parent, DemoAccounts.ParentPhone, DemoAccounts.Password);
        var page = WebUtility.HtmlDecode(await parent.GetStringAsync($"/con-toi/{own}/suc-khoe"));
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Biểu đồ cân nặng theo tuổi", page, StringComparison.Ordinal);
        Assert.Contains("class=\"child-point\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync($"/con-toi/{other}/suc-khoe")).StatusCode);

        var sent = await FormPoster.PostFormAsync(parent, $"/con-toi/{own}/suc-khoe", "send-medicine", new Dictionary<string, string>
        {
            ["medicine"] = "Siro ho Prospan", ["dose"] = "5 ml", ["times"] = "Sau ăn trưa",
        });
        Assert.Contains("Đã gửi.", WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var requestId = await app.WithDbAsync(db => db.Set<MedicineRequest>().Where(m => m.ChildId == own).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());
        // "Sau ăn trưa" names no hour: one dose for the day, recorded as such.
        var given = await FormPoster.PostFormAsync(teacher, $"/suc-khoe/tre/{own}", $"give-{requestId}", new Dictionary<string, string> { ["slot"] = $"{Sprout.Domain.Health.MedicineSchedule.DayStart}" });
        Assert.Contains("Liều trong ngày: đã cho uống lúc", WebUtility.HtmlDecode(await given.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_measures_only_the_classes_they_teach()
    {
        var (other, _) = await ClassAsync("Bé C3");
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/suc-khoe/can-do/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/suc-khoe/danh-gia/{other}")).StatusCode);
    }
}
