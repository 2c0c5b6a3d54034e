using System.Globalization;
using Sprout.Domain.Identifiers;
using Sprout.Domain.Places;
using Sprout.Domain.Text;
using Sprout.Web.Platform.Export;

namespace Sprout.Web.Modules.Children.Excel;

/// <summary>Writes the child list (or an empty template) as .xlsx with the shared columns.</summary>
public static class ChildListExport
{
    public static void Write(Stream output, IEnumerable<Child> children)
    {
        var units = AdministrativeUnits.Current;
        var sorted = children.OrderBy(c => c.Classroom?.Name ?? string.Empty, VietnameseCollation.Comparer)
            .ThenBy(c => new PersonName(c.FamilyName, c.MiddleName, c.GivenName), VietnameseNameComparer.Instance);
        var rows = sorted.Select((c, i) =>
        {
            var father = c.Guardians.FirstOrDefault(g => g.Relation == "Bố")?.Guardian;
            var mother = c.Guardians.FirstOrDefault(g => g.Relation == "Mẹ")?.Guardian;
            return (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                [ChildListColumns.Number] = i + 1,
                [ChildListColumns.StudentCode] = c.StudentCode,
                [ChildListColumns.FullName] = c.FullName,
                [ChildListColumns.DateOfBirth] = c.DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                [ChildListColumns.Sex] = c.Sex == Sex.Female ? "Nữ" : "Nam",
                [ChildListColumns.Ethnicity] = Ethnicities.NameOf(c.EthnicityCode),
                [ChildListColumns.PersonalId] = c.PersonalId,
                [ChildListColumns.Class] = c.Classroom?.Name,
                [ChildListColumns.Province] = units.Province(c.ProvinceCode)?.Name,
                [ChildListColumns.Ward] = units.Ward(c.WardCode)?.Name,
                [ChildListColumns.Address] = c.AddressLine,
                [ChildListColumns.FatherName] = father?.FullName,
                [ChildListColumns.FatherPhone] = father?.Phone,
                [ChildListColumns.MotherName] = mother?.FullName,
                [ChildListColumns.MotherPhone] = mother?.Phone,
                [ChildListColumns.Allergies] = c.Allergies,
            };
        }).ToList();
        // An empty list still carries the header row, so it doubles as the import template.
        Spreadsheet.Write(output, rows, "Danh sách trẻ", ChildListColumns.All);
    }
}
