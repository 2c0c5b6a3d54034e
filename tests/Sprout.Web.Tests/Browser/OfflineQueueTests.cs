using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sprout.Web.Modules.Attendance;
using Sprout.Web.Modules.ContactBook;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Modules.Children;
using Sprout.Web.Tests.Modules.ContactBook;

namespace Sprout.Web.Tests.Browser;

/// <summary>
/// The teacher's morning with the network cut half-way, on a 360 px phone: taps and cards wait in the phone's outbox,
/// survive a reload, and reach the server once each when the network returns (decision 0230). The page's own code
/// path is tested (service workers are blocked, Background Sync is not relied on).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class OfflineQueueTests(BrowserFixture browser)
{
    private const string Teacher = "giaovien@mnviethung.edu.vn";

    private Task<(string ClassId, List<int> Children)> LonA1Async() => ChildrenAccessMatrixRows.LonA1WithChildren(browser.App);

    private static Task AbortPostsAsync(IPage page) => page.Context.RouteAsync("**/lop/**", route =>
        route.Request.Method == "POST" ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());

    /// <summary>Cuts the network and gives it back: the page hears "online" and sends its outbox.</summary>
    private static async Task NetworkBackAsync(IPage page)
    {
        await page.Context.SetOfflineAsync(true);
        await page.Context.SetOfflineAsync(false);
    }

    private static async Task<string> CountAsync(IPage page) => (await page.Locator("[data-outbox-count]").TextContentAsync() ?? string.Empty).Trim();

    private Task<int> AuditCountAsync(int recordId) => browser.App.WithDbAsync(db =>
        db.AuditEntries.CountAsync(a => a.EntityType == nameof(AttendanceRecord) && a.EntityKey == recordId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The teacher signed in on a 360 px phone, on Lớn A1's register for the day, its script ready.</summary>
    private async Task<(IPage Page, string ClassId, List<int> Children)> OpenRegisterAsync(string day)
    {
        var (classId, children) = await LonA1Async();
        var page = await browser.NewPageAsync(360, 740);
        await new SignInPage(page, browser.BaseUrl).SignInAsync(Teacher, DemoAccounts.Password);
        await page.GotoAsync($"{browser.BaseUrl}/lop/{classId}/diem-danh?ngay={day}");
        await page.Locator("[data-attendance][data-enhanced]").WaitForAsync();
        return (page, classId, children);
    }

    /// <summary>Points the queued taps for one child at another, as a tampered phone would send them.</summary>
    private static Task RetargetQueuedTapsAsync(IPage page, int from, int to) => page.EvaluateAsync("""
        ([from, to]) => new Promise((resolve, reject) => {
          const open = indexedDB.open('sprout-outbox');
          open.onsuccess = () => {
            const store = open.result.transaction('entries', 'readwrite').objectStore('entries');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const e of all.result) { if (e.url.includes(`/${from}?`)) { e.url = e.url.replace(`/${from}?`, `/${to}?`); store.put(e); } }
              store.transaction.oncomplete = () => resolve();
            };
          };
          open.onerror = () => reject(open.error);
        })
        """, new[] { from, to });

    [Fact]
    public async Task Taps_made_offline_wait_with_a_count_survive_a_reload_and_are_saved_once_when_the_network_returns()
    {
        const string Day = "2026-12-01";
        var day = new DateOnly(2026, 12, 1);
        var (page, classId, children) = await OpenRegisterAsync(Day);
        ILocator Row(int child) => page.Locator($"#tre-{child.ToString(CultureInfo.InvariantCulture)}");

        // Online: two taps go straight through.
        foreach (var child in children.Take(2))
        {
            await Row(child).Locator("button.toggle-present").ClickAsync();
            await page.Locator($"#tre-{child}[data-state=present]:not(.queued):not([aria-busy])").WaitForAsync();
        }
        Assert.Equal(string.Empty, await CountAsync(page));

        // The network drops: four more taps, one child tapped twice (present, then absent: the order is kept).
        await page.Context.SetOfflineAsync(true);
        Assert.False(await page.EvaluateAsync<bool>("() => navigator.onLine"));
        await Row(children[2]).Locator("button.toggle-absent").ClickAsync();
        await Row(children[3]).Locator("button.toggle-present").ClickAsync();
        await page.Locator($"#tre-{children[3]}.queued[data-state=present]").WaitForAsync();
        await Row(children[3]).Locator("button.toggle-absent").ClickAsync();
        await Row(children[4]).Locator("button.toggle-present").ClickAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "4 chưa gửi" }).WaitForAsync();
        Assert.Equal("polite", await page.Locator("[data-outbox-count]").GetAttributeAsync("aria-live"));
        Assert.Equal(3, await page.Locator("li.att-row.queued .queued-badge", new() { HasText = "Chưa gửi" }).CountAsync());
        Assert.Equal("absent", await Row(children[3]).GetAttributeAsync("data-state"));
        Assert.Equal("present", await Row(children[4]).GetAttributeAsync("data-state"));
        Assert.Equal("2", await page.Locator("[data-count=absent]").InnerTextAsync());
        Assert.Null(await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().FirstOrDefaultAsync(a => a.Date == day && a.ChildId == children[2])));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "attendance-offline-360.png") });
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        await Axe.AssertNoViolationsAsync(page, "attendance with queued taps (360 px)");

        // Back on a network that still loses every post: the page reloads, and the queue is shown again, unsent.
        await AbortPostsAsync(page);
        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await page.Locator("[data-attendance][data-enhanced]").WaitForAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "4 chưa gửi" }).WaitForAsync();
        Assert.Equal("absent", await Row(children[3]).GetAttributeAsync("data-state"));
        Assert.Equal(1, await Row(children[3]).Locator(".queued-badge").CountAsync());

        // The network really returns: the outbox drains in order and each tap is written once.
        await page.Context.UnrouteAllAsync();
        await NetworkBackAsync(page);
        await page.Locator("[data-outbox-count]:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("li.att-row.queued").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("absent", await Row(children[3]).GetAttributeAsync("data-state"));

        var records = await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking()
            .Where(a => a.Date == day && children.Take(5).Contains(a.ChildId)).ToDictionaryAsync(a => a.ChildId));
        Assert.Equal(5, records.Count);
        Assert.Equal(AttendanceStatus.Present, records[children[0]].Status);
        Assert.Equal(AttendanceStatus.Present, records[children[1]].Status);
        Assert.Equal(AttendanceStatus.AbsentUnexcused, records[children[2]].Status);
        Assert.Equal(AttendanceStatus.AbsentUnexcused, records[children[3]].Status);
        Assert.Equal(AttendanceStatus.Present, records[children[4]].Status);
        // Once each: one audit entry per write (the child tapped twice has two), and one key per tap.
        Assert.Equal(1, await AuditCountAsync(records[children[2]].Id));
        Assert.Equal(2, await AuditCountAsync(records[children[3]].Id));
        Assert.Equal(1, await AuditCountAsync(records[children[4]].Id));
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => new Promise(r => { const q = indexedDB.open('sprout-outbox'); q.onsuccess = () => { const c = q.result.transaction('entries').objectStore('entries').count(); c.onsuccess = () => r(c.result); }; })"));

        // A reload shows what the server holds.
        await page.ReloadAsync();
        await page.Locator("[data-attendance][data-enhanced]").WaitForAsync();
        Assert.Equal("absent", await Row(children[3]).GetAttributeAsync("data-state"));
        Assert.Equal("present", await Row(children[4]).GetAttributeAsync("data-state"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_queued_tap_the_server_refuses_leaves_the_outbox_and_its_message_is_shown_on_the_row()
    {
        const string Day = "2026-12-04";
        var (page, classId, children) = await OpenRegisterAsync(Day);
        var child = children[6];
        var row = page.Locator($"#tre-{child}");
        await row.Locator("button.toggle-present").ClickAsync();
        await page.Locator($"#tre-{child}[data-state=present]:not(.queued):not([aria-busy])").WaitForAsync();

        // Offline: "Vắng" then "Về" (the check-out form is still on the row): once the absence is saved the server
        // refuses the check-out of an absent child (422) and, with the same form, a forged one for another class (403).
        await page.Context.SetOfflineAsync(true);
        await row.Locator("details.att-more summary").ClickAsync();
        await row.Locator("input[name=other]").FillAsync("Bác Hùng");
        await row.Locator("button.toggle-absent").ClickAsync();
        await page.Locator($"#tre-{child}.queued[data-state=absent]").WaitForAsync();
        await row.Locator("form:has(input[value=out]) button[type=submit]").ClickAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "2 chưa gửi" }).WaitForAsync();

        await NetworkBackAsync(page);
        await page.Locator("[data-outbox-count]:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await row.Locator(".att-message", new() { HasText = "Trẻ chưa được điểm danh có mặt nên không thể ghi đón về." }).WaitForAsync();
        Assert.Equal("absent", await row.GetAttributeAsync("data-state"));
        var record = await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking()
            .FirstAsync(a => a.Date == new DateOnly(2026, 12, 4) && a.ChildId == child));
        Assert.Equal(AttendanceStatus.AbsentUnexcused, record.Status);
        Assert.Null(record.PickedUpBy);

        // A queued tap for a child the teacher may not mark (403): dropped, the refusal said on the row.
        var otherChild = await browser.App.WithDbAsync(db => db.Children.Where(c => c.Classroom!.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        await page.Context.SetOfflineAsync(true);
        var target = children[7];
        await page.Locator($"#tre-{target} button.toggle-present").ClickAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "1 chưa gửi" }).WaitForAsync();
        await RetargetQueuedTapsAsync(page, target, otherChild);
        await NetworkBackAsync(page);
        await page.Locator("[data-outbox-count]:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator($"#tre-{target} .att-message", new() { HasText = "Bạn không được điểm danh cho trẻ này." }).WaitForAsync();
        Assert.Equal("notyet", await page.Locator($"#tre-{target}").GetAttributeAsync("data-state"));
        Assert.False(await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().AnyAsync(a => a.ChildId == otherChild || (a.ChildId == target && a.Date == new DateOnly(2026, 12, 4)))));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Taps_left_waiting_are_sent_from_the_home_page_and_a_refusal_is_said_there()
    {
        const string Day = "2026-12-03";
        var day = new DateOnly(2026, 12, 3);
        var (page, classId, children) = await OpenRegisterAsync(Day);
        var (absent, present, forged) = (children[10], children[11], children[12]);
        var otherChild = await browser.App.WithDbAsync(db => db.Children.Where(c => c.Classroom!.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        // Offline: three taps wait; one is rewritten to another class's child, as a tampered phone would send it.
        await page.Context.SetOfflineAsync(true);
        await page.Locator($"#tre-{absent} button.toggle-absent").ClickAsync();
        await page.Locator($"#tre-{present} button.toggle-present").ClickAsync();
        await page.Locator($"#tre-{forged} button.toggle-present").ClickAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "3 chưa gửi" }).WaitForAsync();
        await RetargetQueuedTapsAsync(page, forged, otherChild);
        // Another account's waiting tap on this shared phone: never sent with this sign-in.
        await page.EvaluateAsync("""
            () => new Promise(resolve => {
              const open = indexedDB.open('sprout-outbox');
              open.onsuccess = () => {
                const tx = open.result.transaction('entries', 'readwrite');
                tx.objectStore('entries').add({ scope: 'attendance:999999:1:2026-12-03', row: 'tre-1', url: '/lop/1/diem-danh/1?ngay=2026-12-03', fields: [['action', 'in']], key: 'other-account' });
                tx.oncomplete = () => resolve();
              };
            })
            """);

        // The network is back but every post is still lost; the teacher opens her home page, not the register.
        await AbortPostsAsync(page);
        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync(browser.BaseUrl + "/");
        var box = page.Locator(".outbox-elsewhere");
        await box.Locator("p", new() { HasText = "3 thao tác ghi trên máy này chưa gửi được" }).WaitForAsync();
        Assert.Equal($"/lop/{classId}/diem-danh?ngay={Day}", await box.GetByRole(AriaRole.Link, new() { Name = "Mở trang đã ghi" }).GetAttributeAsync("href"));
        Assert.False(await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().AnyAsync(a => a.Date == day && (a.ChildId == absent || a.ChildId == present))));

        // The posts go through: sent from the home page, in order, once; the forged one is refused and said so.
        await page.Context.UnrouteAllAsync();
        await NetworkBackAsync(page);
        await box.Locator("p", new() { HasText = "Đã gửi 2 thao tác còn chờ trên máy này." }).WaitForAsync();
        Assert.Equal("Một thao tác chờ gửi không được nhận: Bạn không có quyền ghi cho trẻ này. Mở trang đã ghi",
            (await box.Locator("p[role=alert]").InnerTextAsync()).Trim());
        var records = await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking()
            .Where(a => a.Date == day && (a.ChildId == absent || a.ChildId == present || a.ChildId == forged)).ToDictionaryAsync(a => a.ChildId, a => a.Status));
        Assert.Equal(2, records.Count);
        Assert.Equal(AttendanceStatus.AbsentUnexcused, records[absent]);
        Assert.Equal(AttendanceStatus.Present, records[present]);
        Assert.False(await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().AnyAsync(a => a.ChildId == otherChild)));
        Assert.Equal(1, await AuditCountAsync(await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().Where(a => a.Date == day && a.ChildId == absent).Select(a => a.Id).SingleAsync())));
        Assert.Equal(new[] { "attendance:999999:1:2026-12-03" }, await page.EvaluateAsync<string[]>(
            "() => new Promise(r => { const q = indexedDB.open('sprout-outbox'); q.onsuccess = () => { const a = q.result.transaction('entries').objectStore('entries').getAll(); a.onsuccess = () => r(a.result.map(e => e.scope)); }; })"));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        await Axe.AssertNoViolationsAsync(page, "home with writes sent from the outbox (360 px)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Cards_written_offline_and_online_are_all_saved_once_with_nothing_typed_lost()
    {
        var (classIdText, kids) = await LonA1Async();
        var day = new DateOnly(2026, 12, 1);
        var page = await browser.NewPageAsync(360, 740);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await new SignInPage(page, browser.BaseUrl).SignInAsync(Teacher, DemoAccounts.Password);
        await page.GotoAsync($"{browser.BaseUrl}/lop/{classIdText}/so-lien-lac?ngay=2026-12-01");
        await page.Locator("[data-contact-book][data-enhanced]").WaitForAsync();
        ILocator Card(int child) => page.Locator($"#card-{child}");
        ILocator Note(int child) => Card(child).GetByLabel("Nhận xét của cô");
        ILocator Save(int child) => Card(child).GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true });
        var (a, b, c) = (kids[0], kids[1], kids[2]);

        await Note(a).FillAsync("Con A ngoan, ăn hết suất.");
        await Save(a).ClickAsync();
        await Card(a).Locator(".book-status").GetByText("Đã lưu sổ liên lạc của trẻ.").WaitForAsync();

        // The network drops: two cards saved anyway (one with a photo), each marked as waiting.
        await page.Context.SetOfflineAsync(true);
        await Note(b).FillAsync("Con B hơi mệt, cô đã cho nghỉ sớm.");
        await Save(b).ClickAsync();
        await Note(c).FillAsync("Con C vẽ tranh gia đình rất đẹp.");
        await Card(c).GetByLabel("Ảnh của trẻ").SetInputFilesAsync(new FilePayload { Name = "tranh.jpg", MimeType = "image/jpeg", Buffer = ContactBookTests.Jpeg() });
        await Save(c).ClickAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "2 chưa gửi" }).WaitForAsync();
        await Card(b).Locator(".queued-badge", new() { HasText = "Chưa gửi" }).WaitForAsync();
        await Card(c).Locator(".queued-badge", new() { HasText = "Chưa gửi" }).WaitForAsync();
        Assert.Equal("Con B hơi mệt, cô đã cho nghỉ sớm.", await Note(b).InputValueAsync());

        // Posts still lost: a reload brings the typing back from the drafts and the count from the outbox.
        await AbortPostsAsync(page);
        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();
        await page.Locator("[data-contact-book][data-enhanced]").WaitForAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "2 chưa gửi" }).WaitForAsync();
        Assert.Equal("Con B hơi mệt, cô đã cho nghỉ sớm.", await Note(b).InputValueAsync());
        Assert.Equal("Con C vẽ tranh gia đình rất đẹp.", await Note(c).InputValueAsync());
        await Axe.AssertNoViolationsAsync(page, "contact book with queued cards (360 px)");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);

        await page.Context.UnrouteAllAsync();
        await NetworkBackAsync(page);
        await page.Locator("[data-outbox-count]:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Card(c).Locator(".book-status").GetByText("Đã lưu sổ liên lạc của trẻ.").WaitForAsync();
        Assert.Equal(0, await page.Locator(".queued-badge").CountAsync());

        var reports = await browser.App.WithDbAsync(db => db.Set<DailyReport>().AsNoTracking().Include(r => r.Photos)
            .Where(r => r.Date == day && (r.ChildId == a || r.ChildId == b || r.ChildId == c)).ToListAsync());
        Assert.Equal(3, reports.Count);
        Assert.Equal("Con A ngoan, ăn hết suất.", reports.Single(r => r.ChildId == a).Comment);
        Assert.Equal("Con B hơi mệt, cô đã cho nghỉ sớm.", reports.Single(r => r.ChildId == b).Comment);
        Assert.Equal("Con C vẽ tranh gia đình rất đẹp.", reports.Single(r => r.ChildId == c).Comment);
        Assert.Single(reports.Single(r => r.ChildId == c).Photos);
        // Once each: the card with a photo has one photo, and each report one audited write.
        foreach (var report in reports)
        {
            Assert.Equal(1, await browser.App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(DailyReport) && e.EntityKey == report.Id.ToString(CultureInfo.InvariantCulture))));
        }
        // The drafts went with the saves: a reload asks nothing and shows what the server holds.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('sprout-cb:')).length"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_card_saved_offline_is_sent_from_the_home_page_and_its_draft_goes_with_it()
    {
        var (classIdText, kids) = await LonA1Async();
        var child = kids[5];
        const string Text = "Con chơi ngoan, ngủ trưa đủ giấc.";
        var page = await browser.NewPageAsync(360, 740);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await new SignInPage(page, browser.BaseUrl).SignInAsync(Teacher, DemoAccounts.Password);
        await page.GotoAsync($"{browser.BaseUrl}/lop/{classIdText}/so-lien-lac?ngay=2026-12-02");
        await page.Locator("[data-contact-book][data-enhanced]").WaitForAsync();

        await page.Context.SetOfflineAsync(true);
        await page.Locator($"#card-{child}").GetByLabel("Nhận xét của cô").FillAsync(Text);
        await page.Locator($"#card-{child}").GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "1 chưa gửi" }).WaitForAsync();

        // Back online, but the card's page is left before it could send: the home page sends it.
        await AbortPostsAsync(page);
        await page.Context.SetOfflineAsync(false);
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.Locator(".outbox-elsewhere p", new() { HasText = "1 thao tác ghi trên máy này chưa gửi được" }).WaitForAsync();
        await page.Context.UnrouteAllAsync();
        await NetworkBackAsync(page);
        await page.Locator(".outbox-elsewhere p", new() { HasText = "Đã gửi 1 thao tác còn chờ trên máy này." }).WaitForAsync();
        Assert.Equal(Text, await browser.App.WithDbAsync(db => db.Set<DailyReport>()
            .Where(r => r.Date == new DateOnly(2026, 12, 2) && r.ChildId == child).Select(r => r.Comment).SingleAsync()));
        // The draft went with the save: reopening the card shows the server's text, not an "unsaved" draft.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('sprout-cb:')).length"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Taps_waiting_through_a_sign_out_are_sent_when_the_same_teacher_signs_in_again()
    {
        const string Day = "2026-11-26";
        var (page, _, children) = await OpenRegisterAsync(Day);
        var (first, second) = (children[20], children[21]);
        await page.Context.SetOfflineAsync(true);
        await page.Locator($"#tre-{first} button.toggle-present").ClickAsync();
        await page.Locator($"#tre-{second} button.toggle-absent").ClickAsync();
        await page.Locator("[data-outbox-count]", new() { HasText = "2 chưa gửi" }).WaitForAsync();

        // The session and the antiforgery cookie are gone (signed out, cookies cleared). The network returns while the
        // register is still open: its send is not accepted (no session) and the taps must wait, not be dropped.
        await page.Context.ClearCookiesAsync();
        var tried = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("/diem-danh", StringComparison.Ordinal));
        await page.Context.SetOfflineAsync(false);
        Assert.NotEqual(200, (await tried).Status);
        await new SignInPage(page, browser.BaseUrl).SignInAsync(Teacher, DemoAccounts.Password);
        var box = page.Locator(".outbox-elsewhere");
        await box.Locator("p", new() { HasText = "Đã gửi 2 thao tác còn chờ trên máy này." }).WaitForAsync();
        Assert.Equal(0, await box.Locator("p[role=alert]").CountAsync());
        var records = await browser.App.WithDbAsync(db => db.Set<AttendanceRecord>().AsNoTracking()
            .Where(a => a.Date == new DateOnly(2026, 11, 26) && (a.ChildId == first || a.ChildId == second)).ToDictionaryAsync(a => a.ChildId, a => a.Status));
        Assert.Equal(AttendanceStatus.Present, records[first]);
        Assert.Equal(AttendanceStatus.AbsentUnexcused, records[second]);
        await page.Context.CloseAsync();
    }
}
