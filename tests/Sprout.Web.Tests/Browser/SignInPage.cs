using Microsoft.Playwright;

namespace Sprout.Web.Tests.Browser;

/// <summary>The sign-in page as a person uses it: fields found by their labels, the button by its name.</summary>
public sealed class SignInPage(IPage page, string baseUrl)
{
    public async Task SignInAsync(string login, string password)
    {
        await page.GotoAsync(baseUrl + "/dang-nhap");
        await page.GetByLabel("Email hoặc số điện thoại").FillAsync(login);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await PageState.ClickForNewDocumentAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }), $"sign-in of {login}");
    }

    public async Task SignOutAsync()
    {
        await PageState.ClickForNewDocumentAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }), "sign-out");
    }

    public async Task<IReadOnlyList<string>> MenuAsync() =>
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();
}
