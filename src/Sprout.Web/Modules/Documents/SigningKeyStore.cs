using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents.Signing;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents;

/// <summary>A signer's certificate with its private key and the issuers to embed, ready for <see cref="PdfSigner"/>.</summary>
public sealed class SignerKey(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> chain) : IDisposable
{
    public X509Certificate2 Certificate { get; } = certificate;

    public IReadOnlyList<X509Certificate2> Chain { get; } = chain;

    public ICmsSigner CmsSigner => new PadesCmsSigner(new Pkcs12SignatureProvider(Certificate, Chain));

    public void Dispose()
    {
        Certificate.Dispose();
        foreach (var c in Chain) c.Dispose();
    }
}

/// <summary>
/// Signers' keys, kept only as PKCS#12 encrypted with ASP.NET Core Data Protection. A real signer uploads their CA-issued
/// PKCS#12; a school may instead have its own CA (owner <see cref="SchoolAuthorityOwner"/>, its key protected the same way)
/// that issues to signers without one. Only while <c>Signing:DemoCertificates</c> is on is that CA made on first use, as a
/// demo CA whose signatures read "chữ ký thử nghiệm"; otherwise a signer without a certificate is told to upload one.
/// </summary>
public sealed class SigningKeyStore(SproutDbContext db, IDataProtectionProvider protection, TimeProvider clock, SigningSettings settings)
{
    public const string Purpose = "Sprout.Documents.SigningKeys";

    /// <summary>The row that holds the school's CA.</summary>
    public const string SchoolAuthorityOwner = "ca";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>The signer's certificate with its private key (without the issuers; see <see cref="GetSignerAsync"/>).</summary>
    public async Task<X509Certificate2> GetOrIssueAsync(int schoolId, string owner, string holderName, string schoolName, CancellationToken ct)
    {
        var signer = await GetSignerAsync(schoolId, owner, holderName, schoolName, ct);
        foreach (var c in signer.Chain) c.Dispose();
        return signer.Certificate;
    }

    public async Task<SignerKey> GetSignerAsync(int schoolId, string owner, string holderName, string schoolName, CancellationToken ct)
    {
        var stored = await db.Set<SigningKey>().FirstOrDefaultAsync(k => k.SchoolId == schoolId && k.Owner == owner, ct);
        if (stored is not null && stored.NotAfter > clock.GetUtcNow())
        {
            return Open(Unprotect(stored));
        }
        using var authority = await SchoolAuthorityAsync(schoolId, schoolName, ct)
            ?? throw new DocumentRuleException(owner.StartsWith("user:", StringComparison.Ordinal)
                ? "Bạn chưa có chứng thư số để ký. Vui lòng tải lên tệp chứng thư số .p12 do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp cho bạn ở trang Chứng thư số của tôi, hoặc nhờ quản trị viên tạo tổ chức chứng thực của trường."
                : "Trường chưa có chứng thư số của cơ quan để ký ban hành. Vui lòng nhờ quản trị viên tạo tổ chức chứng thực của trường hoặc lưu chứng thư số của cơ quan.");
        var now = clock.GetUtcNow();
        using var certificate = authority.IssueSigner(holderName, now);
        var pkcs12 = authority.ExportPkcs12(certificate, string.Empty);
        await SaveAsync(schoolId, owner, pkcs12, certificate, ct);
        return Open(pkcs12);
    }

    /// <summary>
    /// The school's CA, with its key. A demo CA is made on first use only while demo certificates are on, and a demo CA
    /// left from a demo is never used once they are off.
    /// </summary>
    private async Task<DemoCertificateAuthority?> SchoolAuthorityAsync(int schoolId, string schoolName, CancellationToken ct)
    {
        var row = await db.Set<SigningKey>().FirstOrDefaultAsync(k => k.SchoolId == schoolId && k.Owner == SchoolAuthorityOwner, ct);
        if (row is not null && row.NotAfter > clock.GetUtcNow())
        {
            var root = X509CertificateLoader.LoadPkcs12(Unprotect(row), string.Empty, X509KeyStorageFlags.EphemeralKeySet);
            if (settings.DemoCertificates || !DemoCertificateAuthority.IsDemo(root)) return DemoCertificateAuthority.FromCertificate(root);
            root.Dispose();
            return null;
        }
        if (!settings.DemoCertificates) return null;
        var authority = DemoCertificateAuthority.Create(schoolName, clock.GetUtcNow());
        await SaveAsync(schoolId, SchoolAuthorityOwner, authority.Certificate.Export(X509ContentType.Pkcs12, string.Empty), authority.Certificate, ct);
        return authority;
    }

    /// <summary>Creates the school's own (not demo) CA, whose root verifiers download and add to their trust lists.</summary>
    public async Task<X509Certificate2> CreateSchoolAuthorityAsync(int schoolId, string schoolName, CancellationToken ct)
    {
        var row = await db.Set<SigningKey>().AsNoTracking().FirstOrDefaultAsync(k => k.SchoolId == schoolId && k.Owner == SchoolAuthorityOwner, ct);
        if (row?.Certificate is { } existing && row.NotAfter > clock.GetUtcNow() && !DemoCertificateAuthority.IsDemo(X509CertificateLoader.LoadCertificate(existing)))
        {
            throw new DocumentRuleException("Trường đã có tổ chức chứng thực riêng còn hiệu lực.");
        }
        using var authority = DemoCertificateAuthority.Create(schoolName, clock.GetUtcNow(), demo: false);
        await SaveAsync(schoolId, SchoolAuthorityOwner, authority.Certificate.Export(X509ContentType.Pkcs12, string.Empty), authority.Certificate, ct);
        return X509CertificateLoader.LoadCertificate(authority.Certificate.RawData);
    }

    /// <summary>The public root of a school's CA (DER), for verifiers to download; null when the school has none in use.</summary>
    public async Task<byte[]?> SchoolRootAsync(int schoolId, CancellationToken ct)
    {
        var der = await db.Set<SigningKey>().IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.SchoolId == schoolId && k.Owner == SchoolAuthorityOwner).Select(k => k.Certificate).FirstOrDefaultAsync(ct);
        return der is not null && (settings.DemoCertificates || !DemoCertificateAuthority.IsDemo(X509CertificateLoader.LoadCertificate(der))) ? der : null;
    }

    /// <summary>Stores a signer's own PKCS#12 (with the issuers it carries) after checking the password, the key and the validity dates.</summary>
    public async Task<string?> UploadAsync(int schoolId, string owner, byte[] pkcs12, string? password, CancellationToken ct)
    {
        X509Certificate2Collection all;
        try
        {
            all = X509CertificateLoader.LoadPkcs12Collection(pkcs12, password, X509KeyStorageFlags.EphemeralKeySet | X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException)
        {
            return "Không mở được chứng thư số: mật khẩu sai hoặc tệp .p12 bị hỏng.";
        }
        try
        {
            var certificate = all.FirstOrDefault(c => c.HasPrivateKey);
            if (certificate is null)
            {
                return "Tệp .p12 không chứa khóa bí mật để ký.";
            }
            var now = clock.GetUtcNow().UtcDateTime;
            if (certificate.NotAfter < now || certificate.NotBefore > now)
            {
                return $"Chứng thư số không còn hiệu lực (từ {certificate.NotBefore:dd/MM/yyyy} đến {certificate.NotAfter:dd/MM/yyyy}).";
            }
            await SaveAsync(schoolId, owner, all.Export(X509ContentType.Pkcs12, string.Empty)!, certificate, ct);
            return null;
        }
        finally
        {
            foreach (var c in all) c.Dispose();
        }
    }

    private static SignerKey Open(byte[] pkcs12)
    {
        var all = X509CertificateLoader.LoadPkcs12Collection(pkcs12, string.Empty, X509KeyStorageFlags.EphemeralKeySet);
        var signer = all.FirstOrDefault(c => c.HasPrivateKey) ?? throw new CryptographicException("The stored PKCS#12 holds no private key.");
        return new SignerKey(signer, all.Where(c => !ReferenceEquals(c, signer)).ToList());
    }

    /// <summary>
    /// A key protected on another server, or before the data-protection keys folder was lost, cannot be opened here.
    /// Issuing a new one silently would put another certificate where a signer's own had been, so the signer is told.
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

    private async Task SaveAsync(int schoolId, string owner, byte[] pkcs12, X509Certificate2 certificate, CancellationToken ct)
    {
        var row = await db.Set<SigningKey>().FirstOrDefaultAsync(k => k.SchoolId == schoolId && k.Owner == owner, ct);
        if (row is null)
        {
            row = new SigningKey { SchoolId = schoolId, Owner = owner, ProtectedPkcs12 = [] };
            db.Add(row);
        }
        row.ProtectedPkcs12 = _protector.Protect(pkcs12);
        row.Certificate = certificate.RawData;
        row.NotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        await db.SaveChangesAsync(ct);
    }
}
