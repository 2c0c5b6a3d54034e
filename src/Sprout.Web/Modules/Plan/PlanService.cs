using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Domain.Plan;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Plan;

/// <summary>The plan as data (load, edit, next term), manual target values with evidence, and the reports to the ward.</summary>
public sealed class PlanService(SproutDbContext db, PlanTargets targets, DocumentService documents, TimeProvider clock)
{
    /// <summary>Evidence files are scans or PDFs; larger ones belong in the document register.</summary>
    public const int MaxEvidenceBytes = 10 * 1024 * 1024;

    public const string EvidenceTooLarge = "Tệp minh chứng quá lớn (tối đa 10 MB).";

    private static readonly string[] EvidenceTypes = ["application/pdf", "image/jpeg", "image/png"];

    public Task<SchoolPlan?> CurrentAsync(CancellationToken ct) =>
        db.Set<SchoolPlan>().AsNoTracking().Include(p => p.Sections.OrderBy(s => s.Order)).Include(p => p.Assignments.OrderBy(a => a.Order))
            .AsSplitQuery().OrderByDescending(p => p.FromYear).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);

    /// <summary>Stores a parsed plan (the demo school's comes from the seed plan text) for one school.</summary>
    public static SchoolPlan FromDocument(int schoolId, PlanDocument plan, string createdBy, DateTimeOffset at)
    {
        var entity = new SchoolPlan
        {
            SchoolId = schoolId, Title = plan.Title, Number = plan.Number, FromYear = plan.Term?.FromYear ?? at.Year,
            ToYear = plan.Term?.ToYear ?? at.Year + 2, CreatedAt = at, CreatedBy = createdBy,
        };
        var order = 0;
        foreach (var part in plan.Parts)
        {
            if (part.Items.Count > 0 || part.Sections.Count == 0)
            {
                entity.Sections.Add(new PlanSectionEntry { SchoolId = schoolId, Order = ++order, Part = part.Label, Number = part.Label, Title = part.Title, Level = 0, Items = ItemsText(part.Items) });
            }
            foreach (var section in part.Sections)
            {
                entity.Sections.Add(new PlanSectionEntry
                {
                    SchoolId = schoolId, Order = ++order, Part = part.Label, Number = section.Number, Title = section.Title, Level = section.Level, Items = ItemsText(section.Items),
                });
            }
        }
        entity.Assignments.AddRange(plan.Assignments.Select((a, i) => new PlanAssignment
        {
            SchoolId = schoolId, Order = i + 1, Responsible = a.Responsible, Tasks = string.Join('\n', a.Tasks), Timeframe = a.Timeframe,
        }));
        return entity;
    }

    private static string ItemsText(IEnumerable<PlanItem> items) =>
        string.Join('\n', items.Select(i => new string('-', Math.Max(0, i.Level)) + (i.Level > 0 ? " " : string.Empty) + i.Text));

    public async Task SaveSectionAsync(int sectionId, string title, string items, CancellationToken ct)
    {
        var section = await db.Set<PlanSectionEntry>().FirstOrDefaultAsync(s => s.Id == sectionId, ct) ?? throw new PlanRuleException("Không tìm thấy mục của kế hoạch.");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new PlanRuleException("Tên mục không được để trống.");
        }
        section.Title = Clean(title);
        section.Items = Clean(items.Replace("\r\n", "\n", StringComparison.Ordinal));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the assignment table; rows with nothing in them are dropped, a row without a person is refused.</summary>
    public async Task SaveAssignmentsAsync(int planId, IReadOnlyList<(string Responsible, string Tasks, string Timeframe)> rows, CancellationToken ct)
    {
        var plan = await db.Set<SchoolPlan>().Include(p => p.Assignments).FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new PlanRuleException("Không tìm thấy kế hoạch.");
        var kept = rows.Where(r => !string.IsNullOrWhiteSpace(r.Responsible) || !string.IsNullOrWhiteSpace(r.Tasks)).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(kept[i].Responsible) || string.IsNullOrWhiteSpace(kept[i].Tasks))
            {
                throw new PlanRuleException($"Dòng {i + 1} của bảng phân công: cần ghi cả người phụ trách và nhiệm vụ.");
            }
        }
        db.RemoveRange(plan.Assignments);
        plan.Assignments = kept.Select((r, i) => new PlanAssignment
        {
            SchoolId = plan.SchoolId, SchoolPlanId = plan.Id, Order = i + 1, Responsible = Clean(r.Responsible), Tasks = Clean(r.Tasks), Timeframe = Clean(r.Timeframe),
        }).ToList();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Starts the next term's plan from the current one: same structure, new years, to be edited.</summary>
    public async Task<int> StartNextTermAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var current = await CurrentAsync(ct) ?? throw new PlanRuleException("Chưa có kế hoạch để kế thừa.");
        var (from, to) = (current.ToYear + 1, current.ToYear + 1 + (current.ToYear - current.FromYear));
        if (await db.Set<SchoolPlan>().AnyAsync(p => p.FromYear == from, ct))
        {
            throw new PlanRuleException($"Kế hoạch giai đoạn {from}–{to} đã có.");
        }
        var next = new SchoolPlan
        {
            SchoolId = current.SchoolId, Title = current.Title.Replace($"{current.FromYear}", $"{from}", StringComparison.Ordinal).Replace($"{current.ToYear}", $"{to}", StringComparison.Ordinal),
            FromYear = from, ToYear = to, CreatedAt = clock.GetUtcNow(), CreatedBy = user.DisplayName(),
            Sections = current.Sections.Select(s => new PlanSectionEntry { SchoolId = s.SchoolId, Order = s.Order, Part = s.Part, Number = s.Number, Title = s.Title, Level = s.Level, Items = s.Items }).ToList(),
            Assignments = current.Assignments.Select(a => new PlanAssignment { SchoolId = a.SchoolId, Order = a.Order, Responsible = a.Responsible, Tasks = a.Tasks, Timeframe = string.Empty }).ToList(),
        };
        db.Add(next);
        await db.SaveChangesAsync(ct);
        return next.Id;
    }

    /// <summary>A hand-entered value for a target no capability measures yet: evidence is required, nothing is saved without it.</summary>
    public async Task AddManualValueAsync(ClaimsPrincipal user, string code, string valueText, DateOnly? asOf, string note,
        string? fileName, string? contentType, byte[]? evidence, CancellationToken ct)
    {
        if (!PlanTargets.ManualCodes.Contains(code))
        {
            throw new PlanRuleException("Chỉ tiêu này được tính tự động từ dữ liệu, không nhập tay.");
        }
        var target = TargetCatalog.Get(code);
        if (!double.TryParse(valueText.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value < 0 || (target.Unit == TargetUnit.Percent && value > 100) || (target.Unit == TargetUnit.YesNo && value is not (0 or 1)))
        {
            throw new PlanRuleException(target.Unit switch
            {
                TargetUnit.Percent => "Giá trị phải là một số từ 0 đến 100 (%).",
                TargetUnit.YesNo => "Giá trị phải là 1 (có) hoặc 0 (không).",
                _ => "Giá trị phải là một số không âm.",
            });
        }
        if (asOf is null || asOf > Platform.Text.VietnameseFormat.Today(clock))
        {
            throw new PlanRuleException("Vui lòng nhập ngày số liệu (không sau hôm nay).");
        }
        if (evidence is null || evidence.Length == 0 || string.IsNullOrWhiteSpace(fileName))
        {
            throw new PlanRuleException("Vui lòng đính kèm văn bản minh chứng (PDF hoặc ảnh chụp).");
        }
        if (evidence.Length > MaxEvidenceBytes)
        {
            throw new PlanRuleException(EvidenceTooLarge);
        }
        if (!EvidenceTypes.Contains(contentType) || !LooksLike(contentType!, evidence))
        {
            throw new PlanRuleException("Tệp minh chứng phải là PDF, JPEG hoặc PNG.");
        }
        db.Add(new TargetManualValue
        {
            SchoolId = user.SchoolIdOrThrow(), Code = code, Value = value, AsOf = asOf.Value, Note = Clean(note),
            EvidenceFileName = Path.GetFileName(fileName), EvidenceContentType = contentType!, Evidence = evidence,
            EnteredBy = user.DisplayName(), EnteredAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    private static bool LooksLike(string contentType, byte[] data) => contentType switch
    {
        "application/pdf" => data.AsSpan().StartsWith("%PDF-"u8),
        "image/jpeg" => data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8,
        _ => data.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]),
    };

    /// <summary>The readings a report is written from, for a quarter or a year, computed now from the live records.</summary>
    public async Task<PlanReportInput> ReportInputAsync(PlanReportPeriod period, CancellationToken ct)
    {
        var today = Platform.Text.VietnameseFormat.Today(clock);
        var asOf = period.End < today ? period.End : today;
        var rows = await targets.ComputeAsync(asOf, recordSnapshot: false, ct);
        return new PlanReportInput
        {
            Period = period, AsOf = asOf,
            Readings = rows.Select(r => new TargetReading(r.Target, r.Value, r.History)).ToList(),
        };
    }

    /// <summary>Writes the report to the ward Party committee as a Party document, to be signed through the documents workflow.</summary>
    public async Task<int> CreateReportAsync(ClaimsPrincipal user, int year, int? quarter, CancellationToken ct)
    {
        if (quarter is < 1 or > 4)
        {
            throw new PlanRuleException("Quý phải từ 1 đến 4.");
        }
        var today = Platform.Text.VietnameseFormat.Today(clock);
        if (year < 2000 || year > today.Year)
        {
            throw new PlanRuleException($"Năm báo cáo phải từ 2000 đến {today.Year}.");
        }
        if (await db.Set<PlanReport>().AnyAsync(r => r.Year == year && r.Quarter == quarter, ct))
        {
            throw new PlanRuleException("Báo cáo kỳ này đã được lập: mở văn bản đã có trong danh sách.");
        }
        var period = quarter is { } q ? PlanReportPeriod.Quarter(year, q) : PlanReportPeriod.Year(year);
        var body = PlanReportBuilder.Write(await ReportInputAsync(period, ct));
        var title = $"Báo cáo kết quả thực hiện các chỉ tiêu kế hoạch {period.Label.ToLower(Platform.Text.VietnameseFormat.Culture)}";
        var id = await documents.CreateAsync(DocumentKind.Party, "BC", title, body, "Đảng ủy phường (để báo cáo); Lưu chi bộ", user, ct);
        db.Add(new PlanReport { SchoolId = user.SchoolIdOrThrow(), Year = year, Quarter = quarter, OutgoingDocumentId = id });
        await db.SaveChangesAsync(ct);
        return id;
    }

    private static string Clean(string text) => text.Trim().Normalize(NormalizationForm.FormC);
}
