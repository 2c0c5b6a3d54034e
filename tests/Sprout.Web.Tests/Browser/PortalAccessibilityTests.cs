using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Cell;
using Sprout.Domain.Documents;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Documents;

namespace Sprout.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class PortalAccessibilityTests(BrowserFixture browser)
{
    /// <summary>One public document of each listed type and a cell rating, so that no page is checked empty.</summary>
    private async Task<int> SeedAsync() => await browser.App.WithDbAsync(async db =>
    {
        var schoolId = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        if (!await db.Set<OutgoingDocument>().AnyAsync(d => d.SchoolId == schoolId && d.Public))
        {
            foreach (var type in new[] { DocumentType.KeHoach, DocumentType.ThongBao, DocumentType.QuyetDinh })
            {
                db.Add(new OutgoingDocument
                {
                    SchoolId = schoolId, Kind = DocumentKind.Administrative, TypeCode = type.Code, Title = $"{type.VietnameseName} công khai của nhà trường",
                    Body = "Nội dung", Status = DocumentStatus.Issued, Year = 2026, NumberText = $"01/{type.Abbreviation}-MNĐTVH",
                    IssuedOn = new DateOnly(2026, 9, 5), Public = true, SignedPdf = "%PDF-1.7"u8.ToArray(), CreatedBy = "Văn thư",
                });
            }
            // The demo seed already holds last year's cell rating, which the results page shows.
            await db.SaveChangesAsync();
        }
        return schoolId;
    });

    private async Task<string[]> PathsAsync()
    {
        var id = await SeedAsync();
        return ["/cong-khai", $"/cong-khai/{id}", $"/cong-khai/{id}/van-ban", $"/cong-khai/{id}/van-ban?loai=ke-hoach", $"/cong-khai/{id}/thong-bao", $"/cong-khai/{id}/ket-qua"];
    }

    [Fact]
    public async Task Every_portal_page_has_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        foreach (var path in await PathsAsync())
        {
            await page.GotoAsync(browser.BaseUrl + path);
            Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), $"{path} has no title");
            await Axe.AssertNoViolationsAsync(page, path);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_360_pixel_phone_portal_pages_fit_the_screen_and_stay_accessible()
    {
        var page = await browser.NewPageAsync(360, 740);
        foreach (var path in await PathsAsync())
        {
            await page.GotoAsync(browser.BaseUrl + path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 360, $"{path} is {width}px wide on a 360px phone");
            await Axe.AssertNoViolationsAsync(page, path + " (360 px)");
        }
        await page.Context.CloseAsync();
    }
}
