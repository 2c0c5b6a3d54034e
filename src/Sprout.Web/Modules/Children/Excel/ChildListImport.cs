using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Identifiers;
using Sprout.Domain.Places;
using Sprout.Domain.Tabular;
using Sprout.Domain.Text;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Import;

namespace Sprout.Web.Modules.Children.Excel;

public sealed record ImportError(int Row, string Column, string Message)
{
    public override string ToString() => Row == 0 ? Message : $"Dòng {Row}, cột \"{Column}\": {Message}";
}

public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports the child list all-or-nothing: every row is checked first; any error names its row and column and
/// nothing is written. Rows are matched to existing files by số định danh (then mã học sinh), so importing the
/// same file again updates instead of duplicating. A row may only match a child the importer may change
/// (<see cref="ChildAccess"/>): an identifier of a child outside their classes refuses the whole file, so that no
/// one takes another class's child, or overwrites that family's names and phones, through a spreadsheet.
/// </summary>
public sealed class ChildListImport(SproutDbContext db, ChildAccess access, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public async Task<ImportResult> ImportAsync(Stream xlsx, ClaimsPrincipal user, CancellationToken ct)
    {
        List<TableRow> rows;
        try
        {
            rows = GuardedXlsxReader.Read(xlsx, TabularLimits.Import).ToList();
        }
        catch (TabularLimitException ex)
        {
            return Fail(ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or InvalidOperationException or System.Xml.XmlException)
        {
            return Fail("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.");
        }
        if (rows.Count < 2)
        {
            return Fail("Tệp không có dòng dữ liệu nào.");
        }
        var columns = rows[0].Cells.Select(c => PersonName.Clean(Text(c))).ToList();
        var headers = columns.ToHashSet(StringComparer.Ordinal);
        var missing = ChildListColumns.Required.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return Fail($"Thiếu cột bắt buộc: {string.Join(", ", missing.Select(m => $"\"{m}\""))}. Hãy dùng tệp mẫu của Sprout.");
        }

        var schoolId = user.SchoolIdOrThrow();
        var classes = await access.ChangeableClasses(user, AccessRights.ChildrenEdit).AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        var classByName = classes.GroupBy(c => TextFolding.Fold(c.Name)).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var today = Platform.Text.VietnameseFormat.Today(clock);

        var errors = new List<ImportError>();
        var parsed = new List<(int Row, ChildFileInput Input)>(rows.Count);
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            var rowNumber = row.Number;
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Length > 0)
                {
                    cells.TryAdd(columns[c], row[c]);
                }
            }
            if (cells.Values.All(v => string.IsNullOrWhiteSpace(Text(v))))
            {
                continue;
            }
            var input = ReadRow(cells, rowNumber, classByName, errors);
            foreach (var (field, messages) in ChildFileRules.Validate(input, today))
            {
                errors.AddRange(messages.Select(m => new ImportError(rowNumber, ChildListColumns.ColumnOf(field), m)));
            }
            if (input.PersonalId is { } pid)
            {
                if (seenIds.TryGetValue(pid, out var first))
                {
                    errors.Add(new ImportError(rowNumber, ChildListColumns.PersonalId, $"Số định danh trùng với dòng {first}."));
                }
                else
                {
                    seenIds[pid] = rowNumber;
                }
            }
            parsed.Add((rowNumber, input));
        }
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, errors);
        }

        var ids = parsed.Select(p => p.Input.PersonalId).Where(p => p is not null).ToList();
        var codes = parsed.Where(p => p.Input.PersonalId is null && p.Input.StudentCode is not null).Select(p => p.Input.StudentCode).ToList();
        var existing = await db.Children.Include(c => c.Guardians).ThenInclude(g => g.Guardian)
            .Where(c => ids.Contains(c.PersonalId) || codes.Contains(c.StudentCode)).ToListAsync(ct);
        var byId = existing.Where(c => c.PersonalId is not null).ToDictionary(c => c.PersonalId!, StringComparer.Ordinal);
        var byCode = existing.Where(c => c.StudentCode is not null).GroupBy(c => c.StudentCode!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Matching looks across the whole school (an identifier is unique in the school), changing only within
        // what the importer may change: a match outside it is refused, never updated and never duplicated.
        var existingIds = existing.Select(c => c.Id).ToList();
        var changeable = (await access.ChangeableChildren(user, AccessRights.ChildrenEdit).Where(c => existingIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var matches = new List<(ChildFileInput Input, Child? Child)>(parsed.Count);
        foreach (var (row, input) in parsed)
        {
            Child? child = null;
            var column = ChildListColumns.PersonalId;
            if (input.PersonalId is { } pid)
            {
                byId.TryGetValue(pid, out child);
            }
            else if (input.StudentCode is { } code)
            {
                byCode.TryGetValue(code, out child);
                column = ChildListColumns.StudentCode;
            }
            if (child is not null && !changeable.Contains(child.Id))
            {
                errors.Add(new ImportError(row, column, "Mã này thuộc hồ sơ một trẻ không ở lớp bạn phụ trách; bạn không được cập nhật trẻ này."));
            }
            matches.Add((input, child));
        }
        if (errors.Count > 0)
        {
            return new ImportResult(0, 0, errors);
        }

        var created = 0;
        var updated = 0;
        foreach (var (input, match) in matches)
        {
            var child = match;
            if (child is null)
            {
                child = new Child { SchoolId = schoolId, FamilyName = input.FamilyName, GivenName = input.GivenName };
                db.Children.Add(child);
                created++;
            }
            else
            {
                updated++;
            }
            Apply(child, input);
        }

        await db.SaveChangesAsync(ct); // one save is one transaction, the audit entries with it
        return new ImportResult(created, updated, []);
    }

    private static ChildFileInput ReadRow(Dictionary<string, object?> cells, int row, Dictionary<string, int> classByName, List<ImportError> errors)
    {
        string? Cell(string column) => cells.TryGetValue(column, out var v) ? Text(v) : null;
        var name = PersonName.Parse(Cell(ChildListColumns.FullName) ?? string.Empty);
        var input = new ChildFileInput
        {
            FamilyName = name.FamilyName, MiddleName = name.MiddleName, GivenName = name.GivenName,
            StudentCode = Cell(ChildListColumns.StudentCode),
            PersonalId = Digits(cells.GetValueOrDefault(ChildListColumns.PersonalId), 12),
            AddressLine = Cell(ChildListColumns.Address),
            Allergies = Cell(ChildListColumns.Allergies),
            ProvinceCode = null,
        };

        var dob = cells.GetValueOrDefault(ChildListColumns.DateOfBirth);
        input.DateOfBirth = dob switch
        {
            DateTime dt => DateOnly.FromDateTime(dt),
            double serial => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
            _ => ParseDate(Text(dob)),
        };
        if (input.DateOfBirth is null && !string.IsNullOrWhiteSpace(Text(dob)))
        {
            errors.Add(new ImportError(row, ChildListColumns.DateOfBirth, $"\"{Text(dob)}\" không phải ngày hợp lệ (dd/MM/yyyy)."));
            input.DateOfBirth = DateOnly.MinValue; // suppress the generic "missing" message: the specific one is clearer
        }

        var sex = TextFolding.Fold(Cell(ChildListColumns.Sex));
        input.Sex = sex switch { "nam" => Sex.Male, "nu" => Sex.Female, _ => null };
        if (input.Sex is null && sex.Length > 0)
        {
            errors.Add(new ImportError(row, ChildListColumns.Sex, $"\"{Cell(ChildListColumns.Sex)}\" không hợp lệ: ghi \"Nam\" hoặc \"Nữ\"."));
            input.Sex = Sex.Male;
        }

        var ethnicity = Cell(ChildListColumns.Ethnicity);
        input.EthnicityCode = string.IsNullOrWhiteSpace(ethnicity) ? "01" : Ethnicities.FindCode(ethnicity) ?? "??";

        var className = Cell(ChildListColumns.Class);
        if (!string.IsNullOrWhiteSpace(className))
        {
            if (classByName.TryGetValue(TextFolding.Fold(className), out var classId))
            {
                input.ClassroomId = classId;
            }
            else
            {
                errors.Add(new ImportError(row, ChildListColumns.Class, $"Không có lớp \"{className}\" trong năm học này, hoặc bạn không phụ trách lớp đó."));
            }
        }
        else
        {
            errors.Add(new ImportError(row, ChildListColumns.Class, "Vui lòng ghi lớp của trẻ."));
        }

        var units = AdministrativeUnits.Current;
        var province = Cell(ChildListColumns.Province);
        if (!string.IsNullOrWhiteSpace(province))
        {
            input.ProvinceCode = units.FindProvince(province)?.Code ?? "??";
            var ward = Cell(ChildListColumns.Ward);
            if (!string.IsNullOrWhiteSpace(ward))
            {
                input.WardCode = units.FindWard(input.ProvinceCode, ward)?.Code ?? "?????";
            }
        }

        AddGuardian(input, "Bố", Cell(ChildListColumns.FatherName), Digits(cells.GetValueOrDefault(ChildListColumns.FatherPhone), 10));
        AddGuardian(input, "Mẹ", Cell(ChildListColumns.MotherName), Digits(cells.GetValueOrDefault(ChildListColumns.MotherPhone), 10));
        return input;
    }

    private static void AddGuardian(ChildFileInput input, string relation, string? name, string? phone)
    {
        // Keeps the slot even when empty so that errors map to the right column (father first, then mother).
        input.Guardians.Add(new GuardianInput { FullName = name ?? string.Empty, Phone = phone ?? string.Empty, Relation = relation, MayPickUp = true });
    }

    private static void Apply(Child child, ChildFileInput input)
    {
        // An import fills what the sheet has and keeps what it leaves empty.
        input.ApplyIdentityTo(child);
        child.PersonalId = input.PersonalId ?? child.PersonalId;
        child.StudentCode = input.StudentCode ?? child.StudentCode;
        child.ProvinceCode = input.ProvinceCode ?? child.ProvinceCode;
        child.WardCode = input.WardCode ?? child.WardCode;
        child.AddressLine = input.AddressLine ?? child.AddressLine;
        child.Allergies = input.Allergies ?? child.Allergies;
        foreach (var g in input.Guardians.Where(g => !g.IsBlank))
        {
            var link = child.Guardians.FirstOrDefault(x => x.Relation == g.Relation);
            if (link is null)
            {
                link = new ChildGuardian { SchoolId = child.SchoolId, Relation = g.Relation, MayPickUp = true, Guardian = new Guardian { SchoolId = child.SchoolId, FullName = g.FullName } };
                child.Guardians.Add(link);
            }
            link.Guardian!.FullName = g.FullName;
            link.Guardian.Phone = g.Phone;
        }
    }

    /// <summary>
    /// Excel turns "001321004567" or "0912345678" typed without an apostrophe into a number and drops the
    /// leading zeros; a numeric cell is padded back to the field's length.
    /// </summary>
    private static string? Digits(object? value, int length) => value is double d
        ? d.ToString(new string('0', length), CultureInfo.InvariantCulture)
        : Text(value);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };

    private static ImportResult Fail(string message) => new(0, 0, [new ImportError(0, string.Empty, message)]);
}
