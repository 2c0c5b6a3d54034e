using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Children;

/// <summary>Who may match which child in the child-list import (issue 13).</summary>
[Collection(AppCollection.Name)]
public class ChildImportAccessTests(SproutAppFactory app)
{
    private static async Task<string> UploadAsync(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        using var sheet = new MemoryStream();
        sheet.SaveAs(rows, excelType: ExcelType.XLSX);
        var response = await FormPoster.PostFileAsync(client, "/tre/nhap", "child-import", new Dictionary<string, string>(), "File", "danh-sach.xlsx",
            sheet.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, object?> Row(string name, DateOnly dob, Sex sex, string? id, string className, string fatherPhone) => new()
    {
        ["STT"] = 1, ["Mã học sinh"] = null, ["Họ và tên"] = name, ["Ngày sinh"] = dob.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ["Giới tính"] = sex == Sex.Male ? "Nam" : "Nữ", ["Dân tộc"] = "Kinh", ["Số định danh cá nhân"] = id, ["Lớp"] = className,
        ["Tỉnh/Thành phố"] = null, ["Phường/Xã"] = null, ["Địa chỉ"] = null, ["Họ tên cha"] = "Kẻ Mạo Danh", ["Điện thoại cha"] = fatherPhone,
        ["Họ tên mẹ"] = null, ["Điện thoại mẹ"] = null, ["Dị ứng"] = null,
    };

    [Fact]
    public async Task A_teacher_importing_another_classs_childs_identifier_is_refused_and_nothing_changes()
    {
        // A child of a class the teacher of Lớn A1 does not teach, given an identifier valid for their birth and sex.
        var (childId, dob, sex, pid, classId, guardians) = await app.WithDbAsync(async db =>
        {
            var c = await db.Children.Where(c => c.Classroom!.Name == "Bé C1").OrderBy(c => c.Id).FirstAsync();
            var id = "001" + (c.Sex == Sex.Male ? "2" : "3") + (c.DateOfBirth.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "777013";
            if (c.PersonalId is null)
            {
                c.PersonalId = id;
                await db.SaveChangesAsync();
            }
            var links = await db.ChildGuardians.Where(g => g.ChildId == c.Id).OrderBy(g => g.Id).Select(g => g.Guardian!.FullName + "|" + g.Guardian.Phone).ToListAsync();
            return (c.Id, c.DateOfBirth, c.Sex, c.PersonalId!, c.ClassroomId, links);
        });
        var teacher = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(teacher, "giaovien@mnviethung.edu.vn", DemoAccounts.Password);

        var html = await UploadAsync(teacher, [
            Row("Nguyễn Văn Mới", new DateOnly(2021, 3, 4), Sex.Male, null, "Lớn A1", "0901777001"),
            Row("Trẻ Bị Chiếm", dob, sex, pid, "Lớn A1", "0901777002"),
        ]);

        Assert.Contains("Dòng 3, cột \"Số định danh cá nhân\": Mã này thuộc hồ sơ một trẻ không ở lớp bạn phụ trách", html, StringComparison.Ordinal);
        var after = await app.WithDbAsync(async db =>
        {
            var c = await db.Children.FirstAsync(c => c.Id == childId);
            var links = await db.ChildGuardians.Where(g => g.ChildId == childId).OrderBy(g => g.Id).Select(g => g.Guardian!.FullName + "|" + g.Guardian.Phone).ToListAsync();
            return (c.ClassroomId, c.GivenName, links, Created: await db.Children.AnyAsync(x => x.GivenName == "Mới" && x.FamilyName == "Nguyễn"));
        });
        Assert.Equal(classId, after.ClassroomId);
        Assert.NotEqual("Chiếm", after.GivenName);
        Assert.Equal(guardians, after.links);
        Assert.False(after.Created, "nothing of the file is imported");
    }

    [Fact]
    public async Task A_school_wide_clerk_may_still_update_a_child_of_any_class_by_identifier()
    {
        var (pid, dob, sex, className) = await app.WithDbAsync(async db =>
        {
            var c = await db.Children.Include(c => c.Classroom).Where(c => c.Classroom!.Name == "Bé C3").OrderBy(c => c.Id).FirstAsync();
            var id = "001" + (c.Sex == Sex.Male ? "2" : "3") + (c.DateOfBirth.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "777014";
            if (c.PersonalId is null)
            {
                c.PersonalId = id;
                await db.SaveChangesAsync();
            }
            return (c.PersonalId!, c.DateOfBirth, c.Sex, c.Classroom!.Name);
        });
        var clerk = app.CreateBrowserLikeClient();
        await FormPoster.SignInAsync(clerk, "vanthu@mnviethung.edu.vn", DemoAccounts.Password);
        var html = await UploadAsync(clerk, [Row("Trẻ Cập Nhật", dob, sex, pid, className, "0901777003")]);
        Assert.Contains("0 hồ sơ mới, 1 hồ sơ được cập nhật", html, StringComparison.Ordinal);
    }
}
