using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents.Signing;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents;

/// <summary>
/// Signers' keys, kept only as PKCS#12 encrypted with ASP.NET Core Data Protection. In the demo a signer without
/// a key gets a certificate from a school demo CA on first use; a real signer uploads their CA-issued PKCS#12.
/// </summary>
public sealed class SigningKeyStore(SproutDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Purpose = "Sprout.Documents.SigningKeys";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public async Task<X509Certificate2> GetOrIssueAsync(int schoolId, string owner, string holderName, string schoolName, CancellationToken ct)
    {
        var stored = await db.Set<SigningKey>().FirstOrDefaultAsync(k => k.Owner == owner, ct);
        if (stored is not null && stored.NotAfter > clock.GetUtcNow())
        {
            return X509CertificateLoader.LoadPkcs12(Unprotect(stored), null, X509KeyStorageFlags.EphemeralKeySet);
        }
        var now = clock.GetUtcNow();
        using var ca = DemoCertificateAuthority.Create(schoolName, now);
        using var certificate = ca.IssueSigner(holderName, now);
        var pkcs12 = certificate.Export(X509ContentType.Pkcs12);
        await SaveAsync(schoolId, owner, pkcs12, certificate.NotAfter, ct);
        return X509CertificateLoader.LoadPkcs12(pkcs12, null, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>Stores a signer's own PKCS#12 after checking the password, the key and the validity dates.</summary>
    public async Task<string?> UploadAsync(int schoolId, string owner, byte[] pkcs12, string? password, CancellationToken ct)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet | X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException)
        {
            return "Không mở được chứng thư số: mật khẩu sai hoặc tệp .p12 bị hỏng.";
        }
        using (certificate)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (certificate.NotAfter < now || certificate.NotBefore > now)
            {
                return $"Chứng thư số không còn hiệu lực (từ {certificate.NotBefore:dd/MM/yyyy} đến {certificate.NotAfter:dd/MM/yyyy}).";
            }
            if (!certificate.HasPrivateKey)
            {
                return "Tệp .p12 không chứa khóa bí mật để ký.";
            }
            await SaveAsync(schoolId, owner, certificate.Export(X509ContentType.Pkcs12), certificate.NotAfter, ct);
        }
        return null;
    }

    /// <summary>
    /// A key protected on another server, or before the data-protection keys folder was lost, cannot be opened here.
    /// Issuing a new one silently would put a demo certificate where a signer's own had been, so the signer is told.
    /// </summary>
    private byte[] Unprotect(SigningKey stored)
    {
        try
        {
            return _protector.Unprotect(stored.ProtectedPkcs12);
        }
        catch (CryptographicException)
        {
            throw new DocumentRuleException(stored.Owner.StartsWith("user:", StringComparison.Ordinal)
                ? "Không mở được khóa ký số của bạn đã lưu trên máy chủ: khóa bảo vệ dữ liệu của máy chủ đã đổi (thường do chuyển sang máy khác mà không chép thư mục khóa). Vui lòng tải lại tệp chứng thư số .p12 ở trang Chứng thư số của tôi, hoặc nhờ quản trị viên chép lại thư mục khóa."
                : "Không mở được khóa ký số của trường đã lưu trên máy chủ: khóa bảo vệ dữ liệu của máy chủ đã đổi (thường do chuyển sang máy khác mà không chép thư mục khóa). Quản trị viên cần chép lại thư mục khóa (DataProtection:KeysFolder) từ máy cũ.");
        }
    }

    private async Task SaveAsync(int schoolId, string owner, byte[] pkcs12, DateTime notAfter, CancellationToken ct)
    {
        var row = await db.Set<SigningKey>().FirstOrDefaultAsync(k => k.Owner == owner, ct);
        if (row is null)
        {
            row = new SigningKey { SchoolId = schoolId, Owner = owner, ProtectedPkcs12 = [] };
            db.Add(row);
        }
        row.ProtectedPkcs12 = _protector.Protect(pkcs12);
        row.NotAfter = new DateTimeOffset(notAfter.ToUniversalTime(), TimeSpan.Zero);
        await db.SaveChangesAsync(ct);
    }
}
