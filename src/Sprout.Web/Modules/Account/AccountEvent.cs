using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Account;

/// <summary>
/// Something done to an account's credentials (a reset code issued by the school, an unlock, a password reset or
/// change). Audited like personal data, so each one is also a link of the tamper-evident chain.
/// Never holds a password, code or token.
/// </summary>
public class AccountEvent : ISchoolOwned, IAuditedPersonalData
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Who did it; null when the account's owner did it without being signed in (a reset).</summary>
    public int? ActorUserId { get; set; }
    public required string ActorName { get; set; }
    public int TargetUserId { get; set; }
    public required string TargetName { get; set; }

    /// <summary>One of <see cref="AccountEventKinds"/>.</summary>
    public required string Kind { get; set; }
}

public static class AccountEventKinds
{
    public const string ResetCodeIssued = "Cấp mã đặt lại mật khẩu";
    public const string Unlocked = "Mở khóa tài khoản";
    public const string ResetWithCode = "Đặt lại mật khẩu bằng mã của nhà trường";
    public const string ResetWithEmail = "Đặt lại mật khẩu qua email";
    public const string Changed = "Đổi mật khẩu";
}

internal sealed class AccountEventConfiguration : IEntityTypeConfiguration<AccountEvent>
{
    public void Configure(EntityTypeBuilder<AccountEvent> builder)
    {
        builder.Property(e => e.ActorName).HasMaxLength(150);
        builder.Property(e => e.TargetName).HasMaxLength(150);
        builder.Property(e => e.Kind).HasMaxLength(100);
        builder.HasIndex(e => new { e.SchoolId, e.At });
    }
}
