using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;

namespace Sprout.Web.Tests.Browser;

/// <summary>The teacher's morning on a 360 px phone: the class at once, then notes card by card, nothing typed lost.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ContactBookMorningTests(BrowserFixture browser)
{
    private static readonly DateOnly Day = new(2026, 11, 12);

    [Fact]
    public async Task Cards_saved_in_another_order_than_typed_keep_every_text_and_a_reload_restores_a_draft()
    {
        var (classId, kids) = await browser.App.WithDbAsync(async db =>
        {
            var id = await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            return (id, await db.Children.Where(c => c.ClassroomId == id).OrderBy(c => c.Id).Select(c => c.Id).Take(4).ToListAsync());
        });
        var page = await browser.NewPageAsync(360, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync("giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var url = $"{browser.BaseUrl}/lop/{classId}/so-lien-lac?ngay={Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        await page.GotoAsync(url);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360, "the contact book is wider than a 360 px phone");
        await Axe.AssertNoViolationsAsync(page, "contact book (360 px)");

        var classForm = page.Locator("form.book-class");
        await classForm.GetByLabel("Ăn", new() { Exact = true }).SelectOptionAsync("AteAll");
        await classForm.GetByLabel("Ngủ trưa", new() { Exact = true }).SelectOptionAsync("Good");
        await PageState.ClickForNewDocumentAsync(page, classForm.GetByRole(AriaRole.Button, new() { Name = "Áp dụng cho cả lớp" }), "class-wide meals");

        ILocator Card(int child) => page.Locator($"#card-{child}");
        ILocator Note(int child) => Card(child).GetByLabel("Nhận xét của cô");
        var notes = kids.Take(3).ToDictionary(k => k, k => $"Con {k} hôm nay vui vẻ, ăn ngoan.");
        foreach (var (child, text) in notes)
        {
            await Note(child).FillAsync(text);
        }
        Assert.True(await page.EvaluateAsync<bool>("() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }"),
            "no warning before leaving with unsaved cards");

        // Saved last-typed first: each save replaces its own card only, the others keep their typing.
        foreach (var child in notes.Keys.Reverse())
        {
            await Card(child).GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Card(child).Locator(".book-status").GetByText("Đã lưu sổ liên lạc của trẻ.").WaitForAsync();
            foreach (var (other, text) in notes)
            {
                Assert.Equal(text, await Note(other).InputValueAsync());
            }
        }
        var saved = await browser.App.WithDbAsync(db => db.Set<DailyReport>().AsNoTracking().Where(r => r.Date == Day && notes.Keys.Contains(r.ChildId)).ToListAsync());
        Assert.Equal(notes.OrderBy(n => n.Key), saved.OrderBy(r => r.ChildId).Select(r => KeyValuePair.Create(r.ChildId, r.Comment!)));
        Assert.All(saved, r => Assert.Equal(MealIntake.AteAll, r.Eating));

        // A note typed but not saved comes back after a reload, marked as such, and is not written.
        const string Draft = "Con cần mang thêm áo dự phòng.";
        await Note(kids[3]).FillAsync(Draft);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.ReloadAsync();
        foreach (var (child, text) in notes)
        {
            Assert.Equal(text, await Note(child).InputValueAsync());
        }
        Assert.Equal(Draft, await Note(kids[3]).InputValueAsync());
        await Card(kids[3]).Locator(".book-status").GetByText("Đã khôi phục nội dung chưa lưu.").WaitForAsync();
        Assert.Null(await browser.App.WithDbAsync(db => db.Set<DailyReport>().Where(r => r.Date == Day && r.ChildId == kids[3]).Select(r => r.Comment).FirstOrDefaultAsync()));
        await Axe.AssertNoViolationsAsync(page, "contact book with a draft (360 px)");
        await page.Context.CloseAsync();
    }
}
