using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Account;
using Sprout.Web.Modules.Children;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Modules.Parents;

public enum InvitationState
{
    Valid,
    NotFound,
    Expired,
    AlreadyUsed,
}

public sealed record InvitationLookup(InvitationState State, GuardianInvitation? Invitation, Guardian? Guardian);

public sealed record InvitationAcceptance(bool Succeeded, IReadOnlyList<string> Errors);

/// <summary>One card of a class's invitation sheet: the token exists only here, the database keeps its hash.</summary>
public sealed record ClassInvitation(int GuardianId, string GuardianName, string Relation, IReadOnlyList<string> Children, string Token, DateTimeOffset ExpiresAt);

public sealed class InvitationService(SproutDbContext db, ChildAccess access, UserManager<AppUser> users, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>The guardians of the children this person may change: the only ones they may invite.</summary>
    public IQueryable<ChildGuardian> InvitableLinks(ClaimsPrincipal user) =>
        db.ChildGuardians.Where(cg => access.ChangeableChildren(user, AccessRights.ParentsInvite).Any(c => c.Id == cg.ChildId));

    /// <summary>Returns the token once; only its hash is stored.</summary>
    public async Task<string> CreateAsync(int guardianId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await InvitableLinks(user).AnyAsync(cg => cg.GuardianId == guardianId, ct))
        {
            throw new AccessRefusedException("Bạn chỉ mời được phụ huynh của trẻ trong lớp mình phụ trách.");
        }
        var createdByUserId = user.UserId() ?? 0;
        var guardian = await db.Guardians.FirstAsync(g => g.Id == guardianId, ct);
        var token = Base64Url(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow();
        db.GuardianInvitations.Add(new GuardianInvitation
        {
            SchoolId = guardian.SchoolId,
            GuardianId = guardian.Id,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            CreatedByUserId = createdByUserId,
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The links of the class's children to guardians who have no parent account yet.</summary>
    public IQueryable<ChildGuardian> GuardiansWithoutAccount(int classId) =>
        db.ChildGuardians.Where(cg => cg.Child!.ClassroomId == classId && !db.Users.Any(u => u.GuardianId == cg.GuardianId));

    /// <summary>
    /// One invitation for each guardian of the class's children who has no account yet, all in one transaction:
    /// a sheet printed from half a class would leave families out without anyone noticing.
    /// </summary>
    public async Task<IReadOnlyList<ClassInvitation>> CreateForClassAsync(int classId, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.EnsureCanChangeClassAsync(user, classId, AccessRights.ParentsInvite, ct);
        var links = await GuardiansWithoutAccount(classId).AsNoTracking()
            .Select(cg => new
            {
                cg.GuardianId, cg.Guardian!.SchoolId, cg.Guardian.FullName, cg.Relation,
                cg.Child!.FamilyName, cg.Child.MiddleName, cg.Child.GivenName,
            })
            .ToListAsync(ct);
        var createdByUserId = user.UserId() ?? 0;
        var now = clock.GetUtcNow();
        var cards = new List<ClassInvitation>();
        await using var transaction = await db.BeginAuditedTransactionAsync(ct);
        foreach (var family in links.GroupBy(l => l.GuardianId))
        {
            var first = family.First();
            var token = Base64Url(RandomNumberGenerator.GetBytes(24));
            db.GuardianInvitations.Add(new GuardianInvitation
            {
                SchoolId = first.SchoolId,
                GuardianId = first.GuardianId,
                TokenHash = Hash(token),
                CreatedAt = now,
                ExpiresAt = now + Lifetime,
                CreatedByUserId = createdByUserId,
            });
            var children = family.Select(c => string.Join(' ', new[] { c.FamilyName, c.MiddleName, c.GivenName }.Where(p => p.Length > 0)))
                .Distinct().ToList();
            cards.Add(new ClassInvitation(first.GuardianId, first.FullName, first.Relation, children, token, now + Lifetime));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return cards
            .OrderBy(c => Sprout.Domain.Text.PersonName.Parse(c.Children[0]), Sprout.Domain.Text.VietnameseNameComparer.Instance)
            .ThenBy(c => c.Relation, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<InvitationLookup> FindAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        // The person accepting is not signed in yet, so no school scope applies: the token is the key.
        var invitation = await db.GuardianInvitations.IgnoreQueryFilters().Include(i => i.Guardian)
            .FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null)
        {
            return new InvitationLookup(InvitationState.NotFound, null, null);
        }
        if (invitation.AcceptedAt is not null)
        {
            return new InvitationLookup(InvitationState.AlreadyUsed, invitation, invitation.Guardian);
        }
        return invitation.ExpiresAt <= clock.GetUtcNow()
            ? new InvitationLookup(InvitationState.Expired, invitation, invitation.Guardian)
            : new InvitationLookup(InvitationState.Valid, invitation, invitation.Guardian);
    }

    public async Task<InvitationAcceptance> AcceptAsync(string token, string phone, string password, CancellationToken ct)
    {
        var lookup = await FindAsync(token, ct);
        if (lookup.State != InvitationState.Valid)
        {
            return new InvitationAcceptance(false, [Describe(lookup.State)]);
        }
        var normalizedPhone = SignInLookup.NormalizePhone(phone);
        if (normalizedPhone.Length is < 10 or > 11)
        {
            return new InvitationAcceptance(false, ["Số điện thoại phải có 10 hoặc 11 chữ số."]);
        }
        if (await users.Users.AnyAsync(u => u.PhoneNumber == normalizedPhone, ct))
        {
            return new InvitationAcceptance(false, [PhoneTaken]);
        }

        var invitation = lookup.Invitation!;
        var guardian = lookup.Guardian!;
        await using var transaction = await db.BeginAuditedTransactionAsync(ct);
        // The same link opened in several browsers must make one account: the invitation is claimed by a conditional
        // update inside the transaction, so of several accepts at once only one finds it still open (PostgreSQL makes
        // the others wait on the row and re-check; SQLite's write lock serialises them). A later failure rolls it back.
        var now = clock.GetUtcNow();
        var claimed = await db.GuardianInvitations.IgnoreQueryFilters()
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), ct);
        if (claimed == 0)
        {
            return new InvitationAcceptance(false, [Describe(InvitationState.AlreadyUsed)]);
        }
        var user = new AppUser
        {
            UserName = normalizedPhone,
            PhoneNumber = normalizedPhone,
            Email = guardian.Email,
            FullName = guardian.FullName,
            SchoolId = invitation.SchoolId,
            GuardianId = guardian.Id,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            // Another invitation accepted with the same phone at the same moment: the unique user name refused it.
            return new InvitationAcceptance(false, [PhoneTaken]);
        }
        if (!created.Succeeded)
        {
            return new InvitationAcceptance(false, created.Errors.Select(e => e.Description).ToList());
        }
        await users.AddToRoleAsync(user, Roles.Parent);
        await transaction.CommitAsync(ct);
        return new InvitationAcceptance(true, []);
    }

    private const string PhoneTaken = "Số điện thoại này đã có tài khoản. Vui lòng đăng nhập.";

    public static string Describe(InvitationState state) => state switch
    {
        InvitationState.NotFound => "Lời mời không tồn tại. Vui lòng kiểm tra lại đường dẫn hoặc liên hệ nhà trường.",
        InvitationState.Expired => "Lời mời đã hết hạn. Vui lòng đề nghị nhà trường gửi lời mời mới.",
        InvitationState.AlreadyUsed => "Lời mời này đã được sử dụng. Vui lòng đăng nhập bằng tài khoản đã tạo.",
        _ => string.Empty,
    };

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
