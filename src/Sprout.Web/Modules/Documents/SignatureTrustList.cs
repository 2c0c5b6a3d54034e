using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Documents.Signing;
using Sprout.Web.Platform.Data;

namespace Sprout.Web.Modules.Documents;

/// <summary>
/// The roots a signature may chain to: the files of <c>Signing:TrustedRootsFolder</c> (the Vietnamese public CAs the school
/// chose to trust, added by the operator; none is shipped) and every school's own CA from the database, demo CAs only
/// while <c>Signing:DemoCertificates</c> is on. Never the machine's TLS roots.
/// </summary>
public sealed class SignatureTrustList(SproutDbContext db, SigningSettings settings, TrustedRootFiles files)
{
    public async Task<X509Certificate2Collection> RootsAsync(CancellationToken ct)
    {
        var roots = new X509Certificate2Collection();
        roots.AddRange(files.Load(settings.TrustedRootsFolder).ToArray());
        var schoolRoots = await db.Set<SigningKey>().IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.Owner == SigningKeyStore.SchoolAuthorityOwner && k.Certificate != null)
            .OrderBy(k => k.Id).Select(k => k.Certificate!).ToListAsync(ct);
        foreach (var der in schoolRoots)
        {
            var root = X509CertificateLoader.LoadCertificate(der);
            if (settings.DemoCertificates || !DemoCertificateAuthority.IsDemo(root)) roots.Add(root);
        }
        return roots;
    }
}

/// <summary>The trusted-roots folder, read again only when its files change.</summary>
public sealed class TrustedRootFiles(ILogger<TrustedRootFiles> logger)
{
    private readonly Lock gate = new();
    private (string Folder, string Stamp, IReadOnlyList<X509Certificate2> Roots) cached = (string.Empty, string.Empty, []);

    public IReadOnlyList<X509Certificate2> Load(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return [];
        var paths = Directory.EnumerateFiles(folder)
            .Where(p => Path.GetExtension(p).ToLowerInvariant() is ".cer" or ".crt" or ".pem" or ".der").Order(StringComparer.Ordinal).ToList();
        var stamp = string.Join('|', paths.Select(p => $"{p}:{File.GetLastWriteTimeUtc(p).Ticks}"));
        lock (gate)
        {
            if (cached.Folder == folder && cached.Stamp == stamp) return cached.Roots;
            var roots = new List<X509Certificate2>();
            foreach (var path in paths)
            {
                try
                {
                    var collection = new X509Certificate2Collection();
                    if (File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) collection.ImportFromPemFile(path);
                    else collection.Add(X509CertificateLoader.LoadCertificateFromFile(path));
                    roots.AddRange(collection);
                }
                catch (CryptographicException ex)
                {
                    logger.LogWarning(ex, "Trusted root {Path} is not a certificate and is ignored.", path);
                }
            }
            cached = (folder, stamp, roots);
            return roots;
        }
    }
}
