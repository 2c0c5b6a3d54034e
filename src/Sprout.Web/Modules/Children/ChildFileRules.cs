using Sprout.Domain.Identifiers;
using Sprout.Domain.Places;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Account;

namespace Sprout.Web.Modules.Children;

/// <summary>
/// The rules of a child's file, shared by the form and the Excel import. Errors are keyed by field name
/// (the form shows them beside the field; the import names the column) and are complete Vietnamese sentences.
/// </summary>
public static class ChildFileRules
{
    public static Dictionary<string, List<string>> Validate(ChildFileInput input, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        input.FamilyName = PersonName.Clean(input.FamilyName);
        input.MiddleName = PersonName.Clean(input.MiddleName);
        input.GivenName = PersonName.Clean(input.GivenName);
        if (input.FamilyName.Length == 0) Add(nameof(input.FamilyName), "Vui lòng nhập họ của trẻ.");
        if (input.GivenName.Length == 0) Add(nameof(input.GivenName), "Vui lòng nhập tên của trẻ.");
        if (input.FamilyName.Length > 50 || input.GivenName.Length > 50 || input.MiddleName.Length > 80)
        {
            Add(nameof(input.GivenName), "Họ, tên đệm và tên quá dài.");
        }
        if (input.DateOfBirth is not { } born)
        {
            Add(nameof(input.DateOfBirth), "Vui lòng nhập ngày sinh (ngày/tháng/năm).");
        }
        else if (born > today)
        {
            Add(nameof(input.DateOfBirth), "Ngày sinh không thể ở tương lai.");
        }
        else if (born < today.AddYears(-7))
        {
            Add(nameof(input.DateOfBirth), "Trẻ mầm non phải dưới 7 tuổi; vui lòng kiểm tra ngày sinh.");
        }
        if (input.Sex is null) Add(nameof(input.Sex), "Vui lòng chọn giới tính.");
        if (Ethnicities.NameOf(input.EthnicityCode) is null) Add(nameof(input.EthnicityCode), "Vui lòng chọn dân tộc trong danh sách 54 dân tộc.");

        input.PersonalId = string.IsNullOrWhiteSpace(input.PersonalId) ? null : input.PersonalId.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (input.PersonalId is not null)
        {
            foreach (var e in PersonalIdNumber.Validate(input.PersonalId, input.DateOfBirth, input.Sex is null ? null : input.Sex == Sex.Female))
            {
                Add(nameof(input.PersonalId), e);
            }
        }
        input.StudentCode = string.IsNullOrWhiteSpace(input.StudentCode) ? null : input.StudentCode.Trim();

        var units = AdministrativeUnits.Current;
        input.ProvinceCode = string.IsNullOrWhiteSpace(input.ProvinceCode) ? null : input.ProvinceCode;
        input.WardCode = string.IsNullOrWhiteSpace(input.WardCode) ? null : input.WardCode;
        if (input.ProvinceCode is not null && units.Province(input.ProvinceCode) is null)
        {
            Add(nameof(input.ProvinceCode), "Tỉnh, thành phố không có trong danh mục 34 đơn vị hiện hành.");
        }
        if (input.WardCode is not null && units.Ward(input.WardCode) is not { } ward)
        {
            Add(nameof(input.WardCode), "Phường, xã không có trong danh mục hiện hành.");
        }
        else if (input.WardCode is not null && units.Ward(input.WardCode)!.ProvinceCode != input.ProvinceCode)
        {
            Add(nameof(input.WardCode), "Phường, xã không thuộc tỉnh, thành phố đã chọn.");
        }
        if (input.Consent && string.IsNullOrWhiteSpace(input.ConsentGivenBy))
        {
            Add(nameof(input.ConsentGivenBy), "Vui lòng ghi tên phụ huynh đã đồng ý.");
        }

        for (var i = 0; i < input.Guardians.Count; i++)
        {
            var g = input.Guardians[i];
            if (g.IsBlank || g.Remove)
            {
                continue;
            }
            g.FullName = PersonName.Clean(g.FullName);
            g.Relation = PersonName.Clean(g.Relation);
            var field = $"Guardians[{i}]";
            if (g.FullName.Length == 0) Add(field, $"Người giám hộ thứ {i + 1}: vui lòng nhập họ tên.");
            if (g.Relation.Length == 0) Add(field, $"Người giám hộ thứ {i + 1}: vui lòng ghi quan hệ với trẻ (Bố, Mẹ, Ông, Bà…).");
            g.Phone = SignInLookup.NormalizePhone(g.Phone);
            if (g.Phone.Length is not (10 or 11) || g.Phone[0] != '0')
            {
                Add(field, $"Người giám hộ thứ {i + 1}: số điện thoại phải có 10 hoặc 11 chữ số, bắt đầu bằng 0.");
            }
            g.Zalo = string.IsNullOrWhiteSpace(g.Zalo) ? null : SignInLookup.NormalizePhone(g.Zalo);
            g.Email = string.IsNullOrWhiteSpace(g.Email) ? null : g.Email.Trim();
            if (g.Email is not null && !g.Email.Contains('@', StringComparison.Ordinal))
            {
                Add(field, $"Người giám hộ thứ {i + 1}: email không hợp lệ.");
            }
        }
        return errors;
    }
}
