using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;
using Sprout.Domain.Text;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Notifications;

namespace Sprout.Web.Modules.Documents;

public sealed class DocumentRuleException(string message) : Platform.Forms.RuleException(message);

/// <summary>
/// The outgoing register: drafting with versions, the workflow draft → review → approve → sign → issue,
/// gap-free numbering per series and year, the official PDF and its PAdES signatures.
/// </summary>
/// <remarks>The outbox is optional only for tests that build the service by hand; the host always supplies it.</remarks>
public sealed class DocumentService(SproutDbContext db, SigningKeyStore keys, TimeProvider clock, NotificationOutbox? outbox = null)
{
    private DateOnly Today => Platform.Text.VietnameseFormat.Today(clock);

    /// <summary>Party documents are for the cell's members only.</summary>
    public IQueryable<OutgoingDocument> Visible(ClaimsPrincipal user) =>
        Roles.Party.Any(user.IsInRole) ? db.Set<OutgoingDocument>() : db.Set<OutgoingDocument>().Where(d => d.Kind == DocumentKind.Administrative);

    public async Task<int> CreateAsync(DocumentKind kind, string typeCode, string title, string body, string recipients, ClaimsPrincipal user, CancellationToken ct)
    {
        if (kind == DocumentKind.Party && !Roles.Party.Any(user.IsInRole))
        {
            throw new DocumentRuleException("Chỉ đảng viên của chi bộ được soạn văn bản của Đảng.");
        }
        var type = DocumentType.Find(typeCode) ?? throw new DocumentRuleException("Vui lòng chọn thể loại văn bản.");
        Require(title, body);
        var document = new OutgoingDocument
        {
            SchoolId = user.SchoolIdOrThrow(), Kind = kind, TypeCode = type.Code, Title = title.Trim(), Body = body.Trim(),
            Recipients = recipients.Trim(), Status = DocumentStatus.Draft, Year = Today.Year, CreatedBy = user.DisplayName(), CreatedAt = clock.GetUtcNow(),
        };
        AddVersion(document, user);
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return document.Id;
    }

    public async Task UpdateAsync(int id, string title, string body, string recipients, ClaimsPrincipal user, CancellationToken ct)
    {
        var document = await LoadAsync(id, user, ct);
        if (document.Status >= DocumentStatus.SignedByApprover)
        {
            throw new DocumentRuleException("Văn bản đã ký số không được sửa.");
        }
        if (!DrafterRoles.Any(user.IsInRole))
        {
            throw new DocumentRuleException("Bạn không có quyền thực hiện bước này.");
        }
        Require(title, body);
        (document.Title, document.Body, document.Recipients) = (title.Trim(), body.Trim(), recipients.Trim());
        if (document.Status == DocumentStatus.Approved && ApprovedText.Hash(document.Title, document.Body, document.Recipients) != document.ApprovedHash)
        {
            // What was approved is no longer what would be signed: the approval lapses and the text goes back to review.
            (document.Status, document.ApprovedVersion, document.ApprovedHash) = (DocumentStatus.InReview, null, null);
            db.Add(new DocumentComment { SchoolId = document.SchoolId, OutgoingDocumentId = document.Id, Step = DocumentStatus.InReview, Text = "Văn bản được sửa sau khi duyệt nên phải trình duyệt lại.", By = user.DisplayName(), At = clock.GetUtcNow() });
        }
        AddVersion(document, user);
        await db.SaveChangesAsync(ct);
    }

    public async Task SubmitAsync(int id, ClaimsPrincipal user, CancellationToken ct) =>
        await MoveAsync(id, user, DocumentStatus.Draft, DocumentStatus.InReview, Drafters, null, ct);

    /// <summary>Approves the current text and records which version and its fingerprint, the only text that may then be signed.</summary>
    public async Task ApproveAsync(int id, ClaimsPrincipal user, string? comment, CancellationToken ct)
    {
        var version = await db.Set<DocumentVersion>().Where(v => v.OutgoingDocumentId == id).MaxAsync(v => (int?)v.Version, ct);
        await MoveAsync(id, user, DocumentStatus.InReview, DocumentStatus.Approved, Approvers, comment, ct,
            d => (d.ApprovedVersion, d.ApprovedHash) = (version, ApprovedText.Hash(d.Title, d.Body, d.Recipients)));
    }

    public async Task ReturnAsync(int id, ClaimsPrincipal user, string comment, CancellationToken ct) =>
        await MoveAsync(id, user, DocumentStatus.InReview, DocumentStatus.Draft, Approvers, comment, ct,
            d => (d.ApprovedVersion, d.ApprovedHash) = (null, null));

    /// <summary>What the signature's /Reason says, so the signed file itself names the approved version it carries.</summary>
    public static string SignatureReason(OutgoingDocument d) =>
        $"Ký phiên bản đã duyệt số {d.ApprovedVersion} (SHA-256 {d.ApprovedHash?[..16]}…)";

    /// <summary>The approver signs: the number is taken now, the official PDF rendered and signed with the approver's key.</summary>
    public async Task SignAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var document = await LoadAsync(id, user, ct);
        Allow(document, user, DocumentStatus.Approved, Signers);
        if (document.ApprovedHash is null || ApprovedText.Hash(document.Title, document.Body, document.Recipients) != document.ApprovedHash)
        {
            throw new DocumentRuleException("Nội dung văn bản khác với bản đã duyệt: chỉ được ký đúng bản đã duyệt. Vui lòng trình duyệt lại.");
        }
        var school = await db.Schools.AsNoTracking().Include(s => s.Ward).FirstAsync(s => s.Id == document.SchoolId, ct);
        await AllocateNumberAsync(document, ct);
        document.IssuedOn = Today;
        document.SignerName = user.DisplayName();
        document.SignerPosition = document.Kind == DocumentKind.Party ? "T/M CHI BỘ\nBÍ THƯ" : "HIỆU TRƯỞNG";
        var rendered = OfficialPdfRenderer.RenderWithLayout(ToOfficial(document, school));
        using var signer = await keys.GetSignerAsync(document.SchoolId, $"user:{user.UserId()}", user.DisplayName(), school.Name, ct);
        document.SignedPdf = PdfSigner.Sign(rendered.Pdf, signer.CmsSigner, rendered.SignerStamp ?? SignatureAppearance.Signer, clock.GetUtcNow(), SignatureReason(document));
        document.Status = DocumentStatus.SignedByApprover;
        db.Add(new DocumentComment { SchoolId = document.SchoolId, OutgoingDocumentId = document.Id, Step = DocumentStatus.SignedByApprover, Text = "Đã ký số.", By = user.DisplayName(), At = clock.GetUtcNow() });
        await NotifyNextStepAsync(document, user, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The clerk issues: the organisation's signature goes on top of the approver's, as a second incremental update.</summary>
    public async Task IssueAsync(int id, ClaimsPrincipal user, bool makePublic, CancellationToken ct)
    {
        var document = await LoadAsync(id, user, ct);
        Allow(document, user, DocumentStatus.SignedByApprover, Issuers);
        var school = await db.Schools.AsNoTracking().Include(s => s.Ward).FirstAsync(s => s.Id == document.SchoolId, ct);
        using var seal = await keys.GetSignerAsync(document.SchoolId, "org", school.Name, school.Name, ct);
        // The layout is rendered again only to learn where the signer's mark is: the seal overlaps its left third.
        var signerStamp = OfficialPdfRenderer.RenderWithLayout(ToOfficial(document, school)).SignerStamp ?? SignatureAppearance.Signer;
        document.SignedPdf = PdfSigner.Sign(document.SignedPdf!, seal.CmsSigner, SignatureAppearance.SealOver(signerStamp), clock.GetUtcNow(), "Ban hành");
        document.Status = DocumentStatus.Issued;
        document.Public = makePublic && document.Kind == DocumentKind.Administrative;
        db.Add(new DocumentComment { SchoolId = document.SchoolId, OutgoingDocumentId = document.Id, Step = DocumentStatus.Issued, Text = "Đã ban hành.", By = user.DisplayName(), At = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Takes the next number of the document's series (<see cref="NumberSeries"/>). The counter row carries a concurrency token,
    /// so two clerks at the same moment cannot take the same number; the loser retries with the new value.
    /// The number and the document are saved in one transaction: a failure leaves no gap.
    /// </summary>
    public async Task AllocateNumberAsync(OutgoingDocument document, CancellationToken ct)
    {
        if (document.Number is not null)
        {
            return; // a signing that failed after numbering keeps its number: no gap, no second number
        }
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var school = await db.Schools.Where(s => s.Id == document.SchoolId)
                    .Select(s => new { s.ShortCode, s.PartyTermStart }).FirstAsync(ct);
                var type = DocumentType.Find(document.TypeCode)!;
                var termStart = school.PartyTermStart ?? Platform.Schools.School.DefaultPartyTermStart;
                var series = NumberSeries.For(document.Kind, type, document.Year, termStart);
                var counter = await db.Set<DocumentCounter>().FirstOrDefaultAsync(c => c.Series == series, ct);
                if (counter is null)
                {
                    counter = new DocumentCounter { SchoolId = document.SchoolId, Kind = document.Kind, Year = document.Year, Series = series };
                    if (document.Kind == DocumentKind.Party)
                    {
                        counter.Last = await LastLegacyPartyNumberAsync(type, termStart, ct);
                    }
                    db.Add(counter);
                }
                counter.Last++;
                counter.Year = document.Year;
                counter.Version++;
                document.Number = counter.Last;
                document.Series = series;
                var issuer = document.Kind == DocumentKind.Party ? "CB" : school.ShortCode;
                document.NumberText = new DocumentNumber(document.Kind, counter.Last, type, issuer, type.Abbreviation is null ? "VP" : null).Format();
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException && attempt < 20)
            {
                await transaction.RollbackAsync(ct);
                foreach (var entry in db.ChangeTracker.Entries<DocumentCounter>().ToList())
                {
                    entry.State = EntityState.Detached;
                }
                await Task.Delay(Random.Shared.Next(5, 40), ct);
            }
        }
    }

    /// <summary>
    /// Party numbers issued this term before numbering ran per type kept their per-year series; the type's new series
    /// continues after the highest of them, so no number is printed twice in one term.
    /// </summary>
    private async Task<int> LastLegacyPartyNumberAsync(DocumentType type, DateOnly termStart, CancellationToken ct)
    {
        var abbreviation = type.AbbreviationFor(DocumentKind.Party);
        var codes = DocumentType.All.Where(t => t.AbbreviationFor(DocumentKind.Party) == abbreviation).Select(t => t.Code).ToList();
        var legacy = Enumerable.Range(termStart.Year, Math.Max(1, clock.GetUtcNow().Year - termStart.Year + 1)).Select(NumberSeries.LegacyParty).ToList();
        return await db.Set<OutgoingDocument>()
            .Where(d => d.Kind == DocumentKind.Party && d.Series != null && legacy.Contains(d.Series) && codes.Contains(d.TypeCode) && d.IssuedOn >= termStart)
            .MaxAsync(d => d.Number, ct) ?? 0;
    }

    public static OfficialDocument ToOfficial(OutgoingDocument d, Platform.Schools.School school)
    {
        var type = DocumentType.Find(d.TypeCode)!;
        var ward = school.Ward?.Name ?? "Phường Việt Hưng";
        var place = ward.StartsWith("Phường ", StringComparison.Ordinal) ? ward["Phường ".Length..] : ward;
        return new OfficialDocument
        {
            Kind = d.Kind,
            Type = type,
            ParentBody = d.Kind == DocumentKind.Party ? $"ĐẢNG BỘ {ward.ToUpperInvariant()}" : $"UBND {ward.ToUpperInvariant()}",
            IssuingBody = d.Kind == DocumentKind.Party ? $"CHI BỘ {school.Name.ToUpperInvariant()}" : school.Name.ToUpperInvariant(),
            Number = d.Number is { } n ? new DocumentNumber(d.Kind, n, type, d.Kind == DocumentKind.Party ? "CB" : school.ShortCode, type.Abbreviation is null ? "VP" : null) : null,
            Place = place,
            Date = d.IssuedOn ?? DateOnly.FromDateTime(DateTime.UtcNow),
            Title = d.Title,
            BodyMarkdown = d.Body,
            Signature = d.SignerName is null ? null : new SignatureBlock(d.SignerPosition!.Split('\n'), d.SignerName),
            Recipients = d.Recipients.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    private static readonly string[] DrafterRoles = [Roles.Clerk, Roles.Principal, Roles.VicePrincipal, Roles.PartySecretary, Roles.PartyCommittee];

    private static IReadOnlyList<string> Drafters(OutgoingDocument d) => DrafterRoles;

    private static IReadOnlyList<string> Approvers(OutgoingDocument d) =>
        d.Kind == DocumentKind.Party ? [Roles.PartySecretary, Roles.PartyCommittee] : [Roles.Principal, Roles.VicePrincipal];

    private static IReadOnlyList<string> Signers(OutgoingDocument d) => d.Kind == DocumentKind.Party ? [Roles.PartySecretary] : [Roles.Principal];

    private static IReadOnlyList<string> Issuers(OutgoingDocument d) => d.Kind == DocumentKind.Party ? [Roles.PartySecretary] : [Roles.Clerk, Roles.Principal];

    /// <summary>Each workflow step: the status it starts from and who may take it. The service enforces exactly these.</summary>
    private static readonly (DocumentAction Action, DocumentStatus From, Func<OutgoingDocument, IReadOnlyList<string>> Roles)[] Steps =
    [
        (DocumentAction.Submit, DocumentStatus.Draft, Drafters),
        (DocumentAction.Approve, DocumentStatus.InReview, Approvers),
        (DocumentAction.Return, DocumentStatus.InReview, Approvers),
        (DocumentAction.Sign, DocumentStatus.Approved, Signers),
        (DocumentAction.Issue, DocumentStatus.SignedByApprover, Issuers),
    ];

    /// <summary>
    /// The actions this person may take on this document now, by the same rules the service enforces when acting
    /// (status and role; the sign step still checks the text is the approved one). The page offers only these.
    /// </summary>
    public static IReadOnlyList<DocumentAction> AllowedActions(OutgoingDocument document, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(document);
        var allowed = new List<DocumentAction>();
        if (document.Status < DocumentStatus.SignedByApprover && DrafterRoles.Any(user.IsInRole))
        {
            allowed.Add(DocumentAction.Save);
        }
        allowed.AddRange(Steps.Where(s => s.From == document.Status && s.Roles(document).Any(user.IsInRole)).Select(s => s.Action));
        return allowed;
    }

    /// <summary>What a step did and who acts next, e.g. "Đã duyệt: chờ Hiệu trưởng ký số".</summary>
    public static string Done(DocumentAction action, DocumentKind kind) => (action, kind) switch
    {
        (DocumentAction.Save, _) => "Đã lưu dự thảo.",
        (DocumentAction.Submit, DocumentKind.Party) => "Đã trình duyệt: chờ Bí thư hoặc cấp ủy viên duyệt.",
        (DocumentAction.Submit, _) => "Đã trình duyệt: chờ Hiệu trưởng hoặc Phó hiệu trưởng duyệt.",
        (DocumentAction.Approve, DocumentKind.Party) => "Đã duyệt: chờ Bí thư chi bộ ký số.",
        (DocumentAction.Approve, _) => "Đã duyệt: chờ Hiệu trưởng ký số.",
        (DocumentAction.Return, _) => "Đã trả lại: chờ người soạn sửa và trình duyệt lại.",
        (DocumentAction.Sign, DocumentKind.Party) => "Đã ký số: chờ Bí thư chi bộ ban hành.",
        (DocumentAction.Sign, _) => "Đã ký số: chờ Văn thư ban hành.",
        _ => "Đã ban hành.",
    };

    private async Task MoveAsync(int id, ClaimsPrincipal user, DocumentStatus from, DocumentStatus to, Func<OutgoingDocument, IReadOnlyList<string>> roles, string? comment, CancellationToken ct,
        Action<OutgoingDocument>? alsoChange = null)
    {
        var document = await LoadAsync(id, user, ct);
        Allow(document, user, from, roles);
        document.Status = to;
        alsoChange?.Invoke(document);
        if (!string.IsNullOrWhiteSpace(comment) || to == DocumentStatus.Draft)
        {
            if (string.IsNullOrWhiteSpace(comment))
            {
                throw new DocumentRuleException("Vui lòng ghi ý kiến khi trả lại văn bản.");
            }
            db.Add(new DocumentComment { SchoolId = document.SchoolId, OutgoingDocumentId = document.Id, Step = to, Text = comment.Trim(), By = user.DisplayName(), At = clock.GetUtcNow() });
        }
        await NotifyNextStepAsync(document, user, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The roles that may take the step after the document's status, the same as the checks of each step; none once issued or returned to draft.</summary>
    private static IReadOnlyList<string> NextStepRoles(OutgoingDocument d) => d.Status switch
    {
        DocumentStatus.InReview => d.Kind == DocumentKind.Party ? [Roles.PartySecretary, Roles.PartyCommittee] : [Roles.Principal, Roles.VicePrincipal],
        DocumentStatus.Approved => d.Kind == DocumentKind.Party ? [Roles.PartySecretary] : [Roles.Principal],
        DocumentStatus.SignedByApprover => d.Kind == DocumentKind.Party ? [Roles.PartySecretary] : [Roles.Clerk, Roles.Principal],
        _ => [],
    };

    /// <summary>Tells those who may take the next step (not the one who just acted), with the document, in the same save as the step.</summary>
    private async Task NotifyNextStepAsync(OutgoingDocument document, ClaimsPrincipal user, CancellationToken ct)
    {
        var roles = NextStepRoles(document);
        if (roles.Count == 0 || outbox is null)
        {
            return;
        }
        var recipients = (await NotificationAudience.HoldersOfAsync(db, document.SchoolId, roles, ct)).Where(id => id != user.UserId());
        await outbox.EnqueueAsync(db, document.SchoolId, NotificationKind.DocumentWaiting, recipients, $"Văn bản chờ xử lý: {StatusName(document.Status)}",
            $"\"{document.Title}\" đang ở bước \"{StatusName(document.Status)}\" và chờ đồng chí xử lý bước tiếp theo.", $"/van-ban/{document.Id}", ct);
    }

    private static void Allow(OutgoingDocument document, ClaimsPrincipal user, DocumentStatus expected, Func<OutgoingDocument, IReadOnlyList<string>> roles)
    {
        if (document.Status != expected)
        {
            throw new DocumentRuleException($"Không thể thực hiện: văn bản đang ở bước \"{StatusName(document.Status)}\", cần ở bước \"{StatusName(expected)}\".");
        }
        if (!roles(document).Any(user.IsInRole))
        {
            throw new DocumentRuleException("Bạn không có quyền thực hiện bước này.");
        }
    }

    /// <summary>A draft is neutral, steps under way are information, an issued document is done.</summary>
    public static Sprout.Web.Components.Design.BadgeTone StatusTone(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => Sprout.Web.Components.Design.BadgeTone.Neutral,
        DocumentStatus.Issued => Sprout.Web.Components.Design.BadgeTone.Success,
        _ => Sprout.Web.Components.Design.BadgeTone.Info,
    };

    public static string StatusName(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "Dự thảo",
        DocumentStatus.InReview => "Trình duyệt",
        DocumentStatus.Approved => "Đã duyệt",
        DocumentStatus.SignedByApprover => "Đã ký",
        _ => "Đã ban hành",
    };

    private async Task<OutgoingDocument> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct) =>
        await Visible(user).FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new DocumentRuleException("Không tìm thấy văn bản.");

    private void AddVersion(OutgoingDocument document, ClaimsPrincipal user)
    {
        document.Versions.Add(new DocumentVersion
        {
            SchoolId = document.SchoolId, Version = document.Versions.Count + 1 + (document.Id == 0 ? 0 : db.Set<DocumentVersion>().Count(v => v.OutgoingDocumentId == document.Id)),
            Title = document.Title, Body = document.Body, SavedBy = user.DisplayName(), SavedAt = clock.GetUtcNow(),
        });
    }

    private static void Require(string title, string body)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
        {
            throw new DocumentRuleException("Vui lòng nhập trích yếu và nội dung văn bản.");
        }
    }
}
