namespace Sprout.Web.Modules.Children.Excel;

/// <summary>
/// The columns of the child list, in the order of the education-sector database's usual export
/// (mã học sinh, họ tên, ngày sinh, giới tính, dân tộc, số định danh…). Import and export share them.
/// </summary>
public static class ChildListColumns
{
    public const string Number = "STT";
    public const string StudentCode = "Mã học sinh";
    public const string FullName = "Họ và tên";
    public const string DateOfBirth = "Ngày sinh";
    public const string Sex = "Giới tính";
    public const string Ethnicity = "Dân tộc";
    public const string PersonalId = "Số định danh cá nhân";
    public const string Class = "Lớp";
    public const string Province = "Tỉnh/Thành phố";
    public const string Ward = "Phường/Xã";
    public const string Address = "Địa chỉ";
    public const string FatherName = "Họ tên cha";
    public const string FatherPhone = "Điện thoại cha";
    public const string MotherName = "Họ tên mẹ";
    public const string MotherPhone = "Điện thoại mẹ";
    public const string Allergies = "Dị ứng";

    public static IReadOnlyList<string> All { get; } =
    [
        Number, StudentCode, FullName, DateOfBirth, Sex, Ethnicity, PersonalId, Class, Province, Ward, Address,
        FatherName, FatherPhone, MotherName, MotherPhone, Allergies,
    ];

    /// <summary>An import without these cannot make a valid file for anyone.</summary>
    public static IReadOnlyList<string> Required { get; } = [FullName, DateOfBirth, Sex, Class];

    /// <summary>Which column shows the error of a field of <see cref="ChildFileInput"/>.</summary>
    public static string ColumnOf(string field) => field switch
    {
        nameof(ChildFileInput.FamilyName) or nameof(ChildFileInput.GivenName) or nameof(ChildFileInput.MiddleName) => FullName,
        nameof(ChildFileInput.DateOfBirth) => DateOfBirth,
        nameof(ChildFileInput.Sex) => Sex,
        nameof(ChildFileInput.EthnicityCode) => Ethnicity,
        nameof(ChildFileInput.PersonalId) => PersonalId,
        nameof(ChildFileInput.ClassroomId) => Class,
        nameof(ChildFileInput.ProvinceCode) => Province,
        nameof(ChildFileInput.WardCode) => Ward,
        "Guardians[0]" => FatherName,
        "Guardians[1]" => MotherName,
        _ => field,
    };
}
