using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;

namespace Sprout.Domain.Tests.Documents;

public sealed class PdfSignerTests : IClassFixture<PdfSignerTests.Keys>
{
    private static readonly DateTimeOffset Now = new(2025, 10, 30, 9, 15, 0, TimeSpan.FromHours(7));
    private readonly Keys keys;

    public PdfSignerTests(Keys keys) => this.keys = keys;

    public sealed class Keys : IDisposable
    {
        public Keys()
        {
            Ca = DemoCertificateAuthority.Create("Trường Mầm non Đô thị Việt Hưng", Now);
            Principal = Ca.IssueSigner("Nguyễn Thị Lan", Now, keySize: 3072);
            Deputy = Ca.IssueSigner("Trần Văn Đức", Now);
            Pdf = OfficialPdfRenderer.Render(SampleDocuments.Plan(paragraphs: 10));
        }

        public DemoCertificateAuthority Ca { get; }

        public X509Certificate2 Principal { get; }

        public X509Certificate2 Deputy { get; }

        public byte[] Pdf { get; }

        public void Dispose()
        {
            Principal.Dispose();
            Deputy.Dispose();
            Ca.Dispose();
        }
    }

    private byte[] SignOnce(SignatureAppearance? appearance = null) =>
        PdfSigner.Sign(keys.Pdf, Signer(keys.Principal), appearance ?? SignatureAppearance.Signer, Now);

    private PadesCmsSigner Signer(X509Certificate2 cert) => new(new Pkcs12SignatureProvider(cert, [keys.Ca.Certificate]));

    [Fact]
    public void Signing_is_an_incremental_update_that_keeps_the_original_bytes()
    {
        var signed = SignOnce();

        Assert.True(signed.AsSpan(0, keys.Pdf.Length).SequenceEqual(keys.Pdf));
        PdfTools.AssertQpdfCheck(signed);
    }

    [Fact]
    public void Pdfsig_accepts_one_signature_over_the_whole_document()
    {
        var report = Pdfsig(SignOnce());

        Assert.Contains("Signature #1", report);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);
        Assert.Contains("Nguyễn Thị Lan", report);
        Assert.Contains("ETSI.CAdES.detached", report);
    }

    [Fact]
    public void Sprout_verifier_reports_valid_signature_with_chain()
    {
        var check = Assert.Single(PdfSignatureVerifier.Verify(SignOnce()));

        Assert.Equal(SignatureStatus.Valid, check.Status);
        Assert.True(check.CryptographicallyValid);
        Assert.True(check.CoversWholeDocument);
        Assert.True(check.SigningCertificateBound);
        Assert.Equal("Nguyễn Thị Lan", check.SignerName);
        Assert.Equal(Now, check.SigningTime);
        Assert.Equal("ETSI.CAdES.detached", check.SubFilter);
        Assert.Equal(2, check.CertificateChain.Count);
        Assert.False(check.ChainTrusted);

        var trusted = Assert.Single(PdfSignatureVerifier.Verify(SignOnce(), [keys.Ca.Certificate]));
        Assert.True(trusted.ChainTrusted, string.Join("; ", trusted.ChainProblems));
    }

    [Fact]
    public void Second_signature_keeps_the_first_valid()
    {
        var once = SignOnce(SignatureAppearance.Signer);
        var twice = PdfSigner.Sign(once, Signer(keys.Deputy), SignatureAppearance.Organisation, Now.AddHours(1));

        PdfTools.AssertQpdfCheck(twice);
        var report = Pdfsig(twice);
        Assert.Contains("Signature #2", report);
        var sections = report.Split("Signature #", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, sections.Count);
        Assert.All(sections, s => Assert.Contains("Signature Validation: Signature is Valid.", s));
        Assert.Contains("Total document signed", sections[1]);
        Assert.DoesNotContain("Total document signed", sections[0]);

        var checks = PdfSignatureVerifier.Verify(twice);
        Assert.Equal(2, checks.Count);
        Assert.Equal(SignatureStatus.ValidButDocumentChangedAfterSigning, checks[0].Status);
        Assert.True(checks[0].FollowedBySignature);
        Assert.Equal(SignatureStatus.Valid, checks[1].Status);
        Assert.Equal("Trần Văn Đức", checks[1].SignerName);
    }

    [Fact]
    public void Invisible_signature_is_valid()
    {
        var signed = PdfSigner.Sign(keys.Pdf, Signer(keys.Principal), null, Now);

        Assert.Contains("Signature is Valid.", Pdfsig(signed));
        Assert.Equal(SignatureStatus.Valid, Assert.Single(PdfSignatureVerifier.Verify(signed)).Status);
    }

    [Fact]
    public void Changing_one_signed_byte_breaks_the_signature()
    {
        var signed = SignOnce();
        // A byte inside the original page content, well inside the first signed range.
        var tampered = (byte[])signed.Clone();
        tampered[keys.Pdf.Length / 2] ^= 0x01;

        var report = Pdfsig(tampered);
        Assert.DoesNotContain("Signature is Valid.", report);
        Assert.Matches("Signature Validation: (Digest Mismatch|Signature is Invalid)", report);
        var check = Assert.Single(PdfSignatureVerifier.Verify(tampered));
        Assert.Equal(SignatureStatus.Broken, check.Status);
        Assert.False(check.CryptographicallyValid);
    }

    [Fact]
    public void Bytes_appended_after_signing_are_reported_as_a_change()
    {
        var signed = SignOnce();
        var appended = signed.Concat("\n% changed later\n"u8.ToArray()).ToArray();

        var check = Assert.Single(PdfSignatureVerifier.Verify(appended));
        Assert.Equal(SignatureStatus.ValidButDocumentChangedAfterSigning, check.Status);
        Assert.True(check.CryptographicallyValid);
        Assert.False(check.FollowedBySignature);
        var report = Pdfsig(appended);
        Assert.Contains("Signature is Valid.", report);
        Assert.DoesNotContain("Total document signed", report);
    }

    [Fact]
    public void Remote_style_provider_signs_through_the_digest_interface()
    {
        var remote = new CountingProvider(keys.Principal, keys.Ca.Certificate);
        var signed = PdfSigner.Sign(keys.Pdf, new PadesCmsSigner(remote), null, Now);

        Assert.Equal(1, remote.Calls);
        Assert.Equal(SignatureStatus.Valid, Assert.Single(PdfSignatureVerifier.Verify(signed)).Status);
        Assert.Contains("Signature is Valid.", Pdfsig(signed));
    }

    [Fact]
    public void Pkcs12_export_round_trips_into_a_working_signer()
    {
        var p12 = keys.Ca.ExportPkcs12(keys.Deputy, "mat-khau");
        var provider = Pkcs12SignatureProvider.FromPkcs12(p12, "mat-khau");

        Assert.Single(provider.Chain);
        Assert.Contains(provider.Certificate.Extensions.OfType<X509KeyUsageExtension>(),
            k => k.KeyUsages == (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation));
        var signed = PdfSigner.Sign(keys.Pdf, new PadesCmsSigner(provider), null, Now);
        Assert.Equal(SignatureStatus.Valid, Assert.Single(PdfSignatureVerifier.Verify(signed, [keys.Ca.Certificate])).Status);
    }

    [Fact]
    public void Convenience_overload_signs_with_a_certificate()
    {
        var signed = PdfSigner.Sign(keys.Pdf, keys.Principal, SignatureAppearance.Organisation, Now);
        Assert.Contains("Signature is Valid.", Pdfsig(signed));
    }

    [Fact]
    public void Files_with_xref_streams_and_object_streams_can_be_signed()
    {
        using var source = PdfTools.Save(keys.Pdf, "in.pdf");
        var compressedPath = Path.Combine(Path.GetDirectoryName(source.Path)!, "objstm.pdf");
        var qpdf = PdfTools.Run("qpdf", "--object-streams=generate", source.Path, compressedPath);
        Assert.True(qpdf.ExitCode == 0, qpdf.All);
        var compressed = File.ReadAllBytes(compressedPath);
        Assert.Contains("/XRef", System.Text.Encoding.Latin1.GetString(compressed));

        var twice = PdfSigner.Sign(PdfSigner.Sign(compressed, Signer(keys.Principal), SignatureAppearance.Signer, Now), Signer(keys.Deputy), null, Now);

        PdfTools.AssertQpdfCheck(twice);
        var report = Pdfsig(twice);
        Assert.Equal(2, report.Split("Signature is Valid.").Length - 1);
        Assert.Equal([SignatureStatus.ValidButDocumentChangedAfterSigning, SignatureStatus.Valid], PdfSignatureVerifier.Verify(twice).Select(c => c.Status));
    }

    [Fact]
    public void A_one_page_notice_signed_by_the_principal_and_sealed_stays_small_and_its_stamps_read_in_vietnamese_local_time()
    {
        var notice = OfficialPdfRenderer.RenderWithLayout(SampleDocuments.Plan(paragraphs: 2));
        Assert.Equal(1, notice.PageCount);
        var signerStamp = Assert.IsType<SignatureAppearance>(notice.SignerStamp);
        var utc = new DateTimeOffset(2025, 10, 30, 2, 15, 0, TimeSpan.Zero);
        var signed = PdfSigner.Sign(notice.Pdf, Signer(keys.Principal), signerStamp, utc);
        using var org = keys.Ca.IssueSigner("Trường Mầm non Đô thị Việt Hưng", Now);
        var seal = SignatureAppearance.SealOver(signerStamp);
        var sealedPdf = PdfSigner.Sign(signed, Signer(org), seal, utc.AddMinutes(5));

        // Fonts are cut to the characters used: the whole file was about 850 KB with full fonts.
        Assert.InRange(notice.Pdf.Length, 1, 100_000);
        Assert.InRange(sealedPdf.Length, 1, 100_000);
        PdfTools.AssertQpdfCheck(sealedPdf);
        var text = PdfTools.Text(sealedPdf);
        Assert.Contains("Ký bởi: Nguyễn Thị Lan", text);
        Assert.Contains("Ký bởi: Trường Mầm non Đô thị Việt Hưng", text);
        Assert.Contains("30/10/2025 09:15:00 +07:00", text);
        Assert.Contains("30/10/2025 09:20:00 +07:00", text);
        Assert.Contains("Signature Validation: Signature is Valid.", Pdfsig(sealedPdf));

        // The seal overlaps the left third of the signer's mark, on the same page: not the issuing body at the top.
        Assert.Equal(signerStamp.Page, seal.Page);
        Assert.InRange(seal.X + seal.Width, signerStamp.X + 1, signerStamp.X + (signerStamp.Width / 3) + 1);
        Assert.True(seal.Y < signerStamp.Y + signerStamp.Height && seal.Y + seal.Height > signerStamp.Y);
        Assert.True(seal.Y + seal.Height < 842 / 2, "the seal must sit in the signature block, low on the page");
    }

    private static string Pdfsig(byte[] pdf)
    {
        using var file = PdfTools.Save(pdf, "signed.pdf");
        var r = PdfTools.Run("pdfsig", file.Path);
        Assert.Contains("Signature #1", r.Output);
        return r.Output;
    }

    private sealed class CountingProvider(X509Certificate2 withKey, X509Certificate2 issuer) : ISignatureProvider
    {
        private readonly RSA key = withKey.GetRSAPrivateKey()!;

        public int Calls { get; private set; }

        public X509Certificate2 Certificate { get; } = X509CertificateLoader.LoadCertificate(withKey.RawData);

        public IReadOnlyList<X509Certificate2> Chain { get; } = [issuer];

        public byte[] SignDigest(byte[] digest, HashAlgorithmName hashAlgorithm)
        {
            Calls++;
            return key.SignHash(digest, hashAlgorithm, RSASignaturePadding.Pkcs1);
        }
    }
}
