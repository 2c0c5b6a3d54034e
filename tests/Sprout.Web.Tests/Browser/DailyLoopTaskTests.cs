using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Text;

namespace Sprout.Web.Tests.Browser;

/// <summary>
/// Two of issue 14's task measures, done as people do them on a 360 px phone: the parent reads today at school from the
/// home page right after signing in, and the teacher writes the class's meals once with three exceptions.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class DailyLoopTaskTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_parent_reads_todays_day_on_the_home_page_after_sign_in_and_the_whole_day_in_one_tap()
    {
        var today = VietnameseFormat.Today(browser.App.Services.GetRequiredService<TimeProvider>());
        const string Note = "Hôm nay con tự xúc ăn hết suất và hát cho cả lớp nghe.";
        var arrived = new DateTimeOffset(today.ToDateTime(new TimeOnly(7, 32)), VietnameseFormat.VietnamOffset);
        var childId = await browser.App.WithDbAsync(async db =>
        {
            var child = await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone)
                .OrderBy(cg => cg.ChildId).Select(cg => cg.Child!).FirstAsync();
            await db.Set<AttendanceRecord>().Where(a => a.ChildId == child.Id && a.Date == today).ExecuteDeleteAsync();
            await db.Set<DailyReport>().Where(r => r.ChildId == child.Id && r.Date == today).ExecuteDeleteAsync();
            db.Add(new AttendanceRecord
            {
                SchoolId = child.SchoolId, ChildId = child.Id, Date = today, Status = AttendanceStatus.Present,
                CheckInAt = arrived, DroppedOffBy = "Bố",
            });
            db.Add(new DailyReport
            {
                SchoolId = child.SchoolId, ChildId = child.Id, Date = today, Eating = MealIntake.AteAll,
                Sleeping = NapQuality.Good, Comment = Note, WrittenBy = "Cô giáo lớp", UpdatedAt = arrived.AddHours(4),
            });
            await db.SaveChangesAsync();
            return child.Id;
        });

        var page = await browser.NewPageAsync(360, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync(DemoAccounts.ParentPhone, DemoAccounts.Password);

        // No tap: signing in lands on the home page, whose first card is today at school.
        Assert.Equal(browser.BaseUrl + "/", page.Url);
        var atSchool = page.Locator("section[aria-labelledby=at-school]");
        Assert.Contains("07:32 · Bố", await atSchool.InnerTextAsync());
        Assert.Contains(Note, await atSchool.InnerTextAsync());
        Assert.Contains("Ăn hết suất", await atSchool.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        var box = await atSchool.BoundingBoxAsync();
        Assert.True(box is not null && box.Y < 740, "today at school is below the first screen of the phone");

        // One tap: the card's link opens the whole day.
        await PageState.ClickForNewDocumentAsync(page, atSchool.GetByRole(AriaRole.Link, new() { Name = "Sổ liên lạc" }), "the day page");
        Assert.EndsWith($"/con-toi/{childId.ToString(CultureInfo.InvariantCulture)}/so-lien-lac", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(Note, await page.Locator("main").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page, "parent day page (360 px)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_teacher_sets_the_class_meals_once_then_three_exceptions_saved_in_any_order()
    {
        var day = new DateOnly(2026, 11, 13);
        var (classId, kids) = await browser.App.WithDbAsync(async db =>
        {
            var id = await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            // Children marked absent that day get no meals: the class-wide choice is for those at school.
            var children = await db.Children.Where(c => c.ClassroomId == id)
                .Where(c => !db.Set<AttendanceRecord>().Any(a => a.ChildId == c.Id && a.Date == day && a.Status != AttendanceStatus.Present))
                .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            await db.Set<DailyReport>().Where(r => r.Date == day && r.Child!.ClassroomId == id).ExecuteDeleteAsync();
            return (id, children);
        });
        var page = await browser.NewPageAsync(360, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync("giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        await page.GotoAsync($"{browser.BaseUrl}/lop/{classId}/so-lien-lac?ngay={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

        var classForm = page.Locator("form.book-class");
        await classForm.GetByLabel("Ăn", new() { Exact = true }).SelectOptionAsync("AteAll");
        await classForm.GetByLabel("Ngủ trưa", new() { Exact = true }).SelectOptionAsync("Good");
        await PageState.ClickForNewDocumentAsync(page, classForm.GetByRole(AriaRole.Button, new() { Name = "Áp dụng cho cả lớp" }), "class-wide meals");

        // Three exceptions typed first, then saved last-typed first: each card keeps the others' choices.
        var exceptions = new[] { kids[1], kids[4], kids[7] };
        ILocator Card(int child) => page.Locator($"#card-{child}");
        foreach (var child in exceptions)
        {
            await Card(child).GetByLabel("Ăn", new() { Exact = true }).SelectOptionAsync("AteLittle");
            await Card(child).GetByLabel("Nhận xét của cô").FillAsync($"Con {child} hôm nay ăn ít, cô đã động viên.");
        }
        foreach (var child in exceptions.Reverse())
        {
            await Card(child).GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Card(child).Locator(".book-status").GetByText("Đã lưu sổ liên lạc của trẻ.").WaitForAsync();
            foreach (var other in exceptions)
            {
                Assert.Equal("AteLittle", await Card(other).GetByLabel("Ăn", new() { Exact = true }).InputValueAsync());
            }
        }

        var saved = await browser.App.WithDbAsync(db => db.Set<DailyReport>().AsNoTracking()
            .Where(r => r.Date == day && kids.Contains(r.ChildId)).ToDictionaryAsync(r => r.ChildId));
        Assert.Equal(kids.Order(), saved.Keys.Order());
        foreach (var child in kids)
        {
            var expected = exceptions.Contains(child) ? MealIntake.AteLittle : MealIntake.AteAll;
            Assert.True(expected == saved[child].Eating, $"child {child}: {saved[child].Eating}, expected {expected}");
            Assert.Equal(NapQuality.Good, saved[child].Sleeping);
        }
        Assert.All(exceptions, child => Assert.StartsWith($"Con {child} hôm nay ăn ít", saved[child].Comment, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
