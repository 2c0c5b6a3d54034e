using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Demo;

public sealed record DemoAccount(string Role, string Login, string Description);

/// <summary>The demo accounts the README lists: one for each role, all with <see cref="Password"/>.</summary>
public static class DemoAccounts
{
    public const string Password = "MamNon@2026";
    public const string Domain = "mnviethung.edu.vn";
    public const string ParentPhone = "0912345678";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new(Roles.Admin, $"quantri@{Domain}", "Quản trị hệ thống của trường"),
        new(Roles.WardOfficer, "canbophuong@viethung.gov.vn", "Cán bộ Đảng ủy phường Việt Hưng (chỉ xem)"),
        new(Roles.Principal, $"hieutruong@{Domain}", "Hiệu trưởng, kiêm Bí thư chi bộ"),
        new(Roles.VicePrincipal, $"phohieutruong@{Domain}", "Phó hiệu trưởng, Phó bí thư"),
        new(Roles.PartySecretary, $"hieutruong@{Domain}", "Bí thư chi bộ (cùng tài khoản Hiệu trưởng)"),
        new(Roles.PartyCommittee, $"chiuy@{Domain}", "Giáo viên, Chi ủy viên"),
        new(Roles.PartyMember, $"dangvien@{Domain}", "Giáo viên, đảng viên"),
        new(Roles.Teacher, $"giaovien@{Domain}", "Giáo viên chủ nhiệm lớp Lớn A1"),
        new(Roles.Nurse, $"yte@{Domain}", "Nhân viên y tế"),
        new(Roles.Cook, $"capduong@{Domain}", "Cấp dưỡng"),
        new(Roles.Accountant, $"ketoan@{Domain}", "Kế toán"),
        new(Roles.Clerk, $"vanthu@{Domain}", "Văn thư"),
        new(Roles.Parent, ParentPhone, "Phụ huynh (mẹ) của một bé lớp Lớn A1, đăng nhập bằng số điện thoại"),
    ];
}
