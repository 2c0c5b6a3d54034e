using System.Net;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules;

[Collection(AppCollection.Name)]
public class IsolationTests(SproutAppFactory app)
{
    [Fact]
    public async Task Principal_cannot_open_a_class_of_another_school_by_changing_the_id()
    {
        var otherSchoolClass = await app.WithDbAsync(async db =>
        {
            var demo = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            return await db.Classrooms.Where(c => c.SchoolId != demo).Select(c => c.Id).FirstAsync();
        });
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "hieutruong@mnviethung.edu.vn", DemoAccounts.Password);
        var response = await client.GetAsync($"/lop/{otherSchoolClass}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teacher_sees_only_the_classes_they_teach()
    {
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);
        var list = await client.GetStringAsync("/lop");
        Assert.Contains("Lớn A1", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Lớn A2", list, StringComparison.Ordinal);
        var otherClass = await app.WithDbAsync(db => db.Classrooms.Where(c => c.Name == "Lớn A2").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/lop/{otherClass}")).StatusCode);
    }

    [Fact]
    public async Task Parent_cannot_open_another_childs_file()
    {
        var (own, other) = await app.WithDbAsync(async db =>
        {
            var mine = await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync();
            var theirs = await db.Children.Where(c => c.Id != mine).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            return (mine, theirs);
        });
        var client = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(client, DemoAccounts.ParentPhone, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/con-toi/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/con-toi/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/lop")).StatusCode);
    }

    [Fact]
    public async Task School_scope_hides_other_schools_rows_and_ward_scope_cannot_write()
    {
        var counts = await app.WithDbAsync(async db => (await db.Schools.Select(s => s.Id).ToListAsync(), await db.Children.CountAsync()));
        using var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
        await using (var db = factory.Create(SchoolScope.ForSchool(counts.Item1[0])))
        {
            var visible = await db.Children.CountAsync();
            Assert.InRange(visible, 1, counts.Item2 - 1);
            Assert.All(await db.Children.Select(c => c.SchoolId).Distinct().ToListAsync(), id => Assert.Equal(counts.Item1[0], id));
        }
        await using (var db = factory.Create(new SchoolScope { WardId = 1, ReadOnly = true }))
        {
            Assert.Equal(0, await db.Children.CountAsync());
            var child = await db.Children.IgnoreQueryFilters().OrderBy(c => c.Id).FirstAsync();
            child.GivenName = "Đổi";
            await Assert.ThrowsAsync<ReadOnlyScopeException>(() => db.SaveChangesAsync());
        }
    }
}
