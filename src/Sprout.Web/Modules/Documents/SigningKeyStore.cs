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
    private readonly IDataProtector _protector = protection.CreateProtector("Sprout.Documents.SigningKeys");

    public async Task<X509Certificate2> GetOrIssueAsync(int schoolId, string owner, string holderName, string schoolName, CancellationToken ct)
    {
        var stored = await db.Set<SigningKey>().FirstOrDefaultAsync(k => k.Owner == owner, ct);
        if (stored is not null && stored.NotAfter > clock.GetUtcNow())
        {
            return X509CertificateLoader.LoadPkcs12(_protector.Unprotect(stored.ProtectedPkcs12), null, X509KeyStorageFlags.EphemeralKeySet);
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
