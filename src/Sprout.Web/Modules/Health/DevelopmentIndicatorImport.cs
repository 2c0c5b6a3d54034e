using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Tabular;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Children.Excel;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Import;

namespace Sprout.Web.Modules.Health;

public sealed record IndicatorImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports the school's indicator set from .xlsx or .csv (columns Mã, Độ tuổi, Lĩnh vực, Chỉ số), all or
/// nothing: any bad row is named by row and column and nothing is written. Rows are matched by code, so
/// importing again updates (and reactivates) instead of duplicating; indicators absent from the file are kept.
/// </summary>
public sealed class DevelopmentIndicatorImport(SproutDbContext db)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxCode = 20;
    public const int MaxText = 500;
    public const string Code = "Mã";
    public const string Age = "Độ tuổi";
    public const string Domain = "Lĩnh vực";
    public const string Indicator = "Chỉ số";
    public static readonly string[] Columns = [Code, Age, Domain, Indicator];

    private sealed record Row(int Number, string Code, AgeGroup AgeGroup, DevelopmentDomain Domain, string Text);

    public async Task<IndicatorImportResult> ImportAsync(Stream file, int schoolId, CancellationToken ct)
    {
        var (rows, failure) = Read(file);
        if (failure is not null)
        {
            return Fail(failure);
        }
        var errors = new List<ImportError>();
        var parsed = new List<Row>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, cells) in rows)
        {
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var row = Check(number, cells, errors);
            if (row is not null)
            {
                if (seen.TryGetValue(row.Code, out var first))
                {
                    errors.Add(new ImportError(number, Code, $"Mã \"{row.Code}\" trùng với dòng {first}."));
                }
                else
                {
                    seen[row.Code] = number;
                    parsed.Add(row);
                }
            }
        }
        if (errors.Count > 0)
        {
            return new IndicatorImportResult(0, 0, errors);
        }
        if (parsed.Count == 0)
        {
            return Fail("Tệp không có dòng dữ liệu nào.");
        }

        var existing = (await db.Set<DevelopmentIndicator>().Where(i => i.SchoolId == schoolId).ToListAsync(ct))
            .ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var created = 0;
        foreach (var row in parsed)
        {
            if (!existing.TryGetValue(row.Code, out var indicator))
            {
                indicator = new DevelopmentIndicator { SchoolId = schoolId, Code = row.Code, Text = row.Text };
                db.Add(indicator);
                created++;
            }
            (indicator.AgeGroup, indicator.Domain, indicator.Text, indicator.Order, indicator.Active) = (row.AgeGroup, row.Domain, row.Text, row.Number - 1, true);
        }
        await db.SaveChangesAsync(ct);
        return new IndicatorImportResult(created, parsed.Count - created, []);
    }

    private static Row? Check(int number, Dictionary<string, string> cells, List<ImportError> errors)
    {
        var before = errors.Count;
        var code = cells.GetValueOrDefault(Code) ?? string.Empty;
        if (code.Length == 0)
        {
            errors.Add(new ImportError(number, Code, "Thiếu mã chỉ số."));
        }
        else if (code.Length > MaxCode)
        {
            errors.Add(new ImportError(number, Code, $"Mã dài quá {MaxCode} ký tự."));
        }
        var ageText = cells.GetValueOrDefault(Age);
        var age = DevelopmentLabels.ParseAgeGroup(ageText);
        if (age is null)
        {
            errors.Add(new ImportError(number, Age, string.IsNullOrWhiteSpace(ageText)
                ? "Thiếu độ tuổi."
                : $"\"{ageText}\" không phải độ tuổi: ghi \"Nhà trẻ\", \"3-4 tuổi\", \"4-5 tuổi\" hoặc \"5-6 tuổi\"."));
        }
        var domainText = cells.GetValueOrDefault(Domain);
        var domain = DevelopmentLabels.ParseDomain(domainText);
        if (domain is null)
        {
            errors.Add(new ImportError(number, Domain, string.IsNullOrWhiteSpace(domainText)
                ? "Thiếu lĩnh vực."
                : $"\"{domainText}\" không phải lĩnh vực: ghi \"Thể chất\", \"Nhận thức\", \"Ngôn ngữ\", \"Tình cảm, kỹ năng xã hội\" hoặc \"Thẩm mỹ\"."));
        }
        var text = cells.GetValueOrDefault(Indicator) ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(new ImportError(number, Indicator, "Thiếu nội dung chỉ số."));
        }
        else if (text.Length > MaxText)
        {
            errors.Add(new ImportError(number, Indicator, $"Nội dung dài quá {MaxText} ký tự."));
        }
        return errors.Count == before ? new Row(number, code, age!.Value, domain!.Value, text) : null;
    }

    /// <summary>Reads the sheet (xlsx recognised by its zip signature, otherwise UTF-8 CSV) into cells by column name.</summary>
    private static (List<(int Number, Dictionary<string, string> Cells)> Rows, string? Failure) Read(Stream file)
    {
        List<TableRow> raw;
        try
        {
            raw = ImportTable.Read(file, TabularLimits.Import);
        }
        catch (TabularLimitException ex)
        {
            return ([], ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            return ([], "Tệp không phải bảng tính .xlsx hoặc .csv hợp lệ.");
        }
        if (raw.Count < 2)
        {
            return ([], "Tệp không có dòng dữ liệu nào.");
        }
        var byFolded = Columns.ToDictionary(c => TextFolding.Fold(c), c => c, StringComparer.Ordinal);
        var header = raw[0].Cells.Select(h => byFolded.GetValueOrDefault(TextFolding.Fold(PersonName.Clean(Text(h))))).ToList();
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return ([], $"Thiếu cột: {string.Join(", ", missing.Select(m => $"\"{m}\""))}. Dòng đầu phải là: {string.Join(", ", Columns)}.");
        }
        var rows = new List<(int, Dictionary<string, string>)>(raw.Count - 1);
        foreach (var row in raw.Skip(1))
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                if (header[c] is { } column)
                {
                    cells.TryAdd(column, PersonName.Clean(Text(row[c])));
                }
            }
            rows.Add((row.Number, cells));
        }
        return (rows, null);
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static IndicatorImportResult Fail(string message) => new(0, 0, [new ImportError(0, string.Empty, message)]);
}
