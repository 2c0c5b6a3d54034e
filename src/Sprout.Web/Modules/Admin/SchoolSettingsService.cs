using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Text;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Schools;

namespace Sprout.Web.Modules.Admin;

public sealed record SchoolSettingsInput(string Name, string Address, string Phone, bool RequireTwoFactor);

/// <summary>The school's own details and its sign-in policy, as its admin or principal sets them.</summary>
public sealed class SchoolSettingsService(SproutDbContext db)
{
    // The column sizes of SchoolConfiguration: a longer value is refused with a message, not by the database.
    public const int MaxName = 200;
    public const int MaxAddress = 300;
    public const int MaxPhone = 20;

    public async Task<SchoolSettingsInput> ReadAsync(int? schoolId, CancellationToken ct) =>
        await db.Schools.AsNoTracking().Where(s => s.Id == schoolId)
            .Select(s => new SchoolSettingsInput(s.Name, s.Address, s.Phone, s.RequireTwoFactorForSensitiveRoles)).FirstOrDefaultAsync(ct)
        ?? throw new InvalidOperationException("Không tìm thấy trường.");

    public async Task SaveAsync(int? schoolId, SchoolSettingsInput input, CancellationToken ct)
    {
        var name = PersonName.Clean(input.Name);
        var address = PersonName.Clean(input.Address);
        var phone = input.Phone.Trim();
        var problem = name.Length == 0 ? "Vui lòng nhập tên trường."
            : name.Length > MaxName ? $"Tên trường tối đa {MaxName} ký tự."
            : address.Length > MaxAddress ? $"Địa chỉ tối đa {MaxAddress} ký tự."
            : phone.Length > MaxPhone ? $"Số điện thoại tối đa {MaxPhone} ký tự."
            : null;
        if (problem is not null)
        {
            throw new AdminRuleException(problem);
        }
        School school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, ct) ?? throw new InvalidOperationException("Không tìm thấy trường.");
        (school.Name, school.Address, school.Phone, school.RequireTwoFactorForSensitiveRoles) = (name, address, phone, input.RequireTwoFactor);
        await db.SaveChangesAsync(ct);
    }
}
