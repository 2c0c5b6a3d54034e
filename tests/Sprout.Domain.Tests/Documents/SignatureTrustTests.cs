using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Sprout.Domain.Documents.Rendering;
using Sprout.Domain.Documents.Signing;

namespace Sprout.Domain.Tests.Documents;

/// <summary>Answer (b) of the verifier: a signature is only valid when its certificate chains to a root of the trust list.</summary>
public sealed class SignatureTrustTests : IClassFixture<SignatureTrustTests.Keys>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(7));
    private readonly Keys keys;

    public SignatureTrustTests(Keys keys) => this.keys = keys;

    public sealed class Keys : IDisposable
    {
        public Keys()
        {
            SchoolCa = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", Now.AddYears(-3), keySize: 2048, demo: false);
            Principal = SchoolCa.IssueSigner("Nguyễn Thị Lan", Now);
            Expired = SchoolCa.IssueSigner("Trần Văn Đức", Now.AddYears(-3), validYears: 1);
            Pdf = OfficialPdfRenderer.Render(SampleDocuments.Plan(paragraphs: 1));
        }

        public DemoCertificateAuthority SchoolCa { get; }

        public X509Certificate2 Principal { get; }

        public X509Certificate2 Expired { get; }

        public byte[] Pdf { get; }

        public void Dispose()
        {
            Principal.Dispose();
            Expired.Dispose();
            SchoolCa.Dispose();
        }
    }

    private X509Certificate2Collection TrustList => [X509CertificateLoader.LoadCertificate(keys.SchoolCa.Certificate.RawData)];

    private byte[] Sign(X509Certificate2 signer) =>
        PdfSigner.Sign(keys.Pdf, new PadesCmsSigner(new Pkcs12SignatureProvider(signer, [keys.SchoolCa.Certificate])), null, Now);

    [Fact]
    public void A_self_signed_certificate_with_any_name_is_never_trusted()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Nguyễn Thị Lan, O=Trường Mầm non Đô Thị Việt Hưng, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        using var selfMade = request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));

        var check = Assert.Single(PdfSignatureVerifier.Inspect(PdfSigner.Sign(keys.Pdf, selfMade, null, Now), TrustList, Now).Signatures);

        Assert.Equal(SignatureStatus.Valid, check.Status); // the bytes are intact…
        Assert.Equal(SignatureTrust.UnknownIssuer, check.Trust); // …but anyone could have made this certificate
        Assert.False(check.IsValid);
        Assert.Equal("Nguyễn Thị Lan", check.SignerName);
    }

    [Fact]
    public void Without_a_trust_list_nothing_is_trusted_not_even_the_machine_roots()
    {
        var check = Assert.Single(PdfSignatureVerifier.Inspect(Sign(keys.Principal), null, Now).Signatures);

        Assert.Equal(SignatureTrust.UnknownIssuer, check.Trust);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void A_certificate_issued_by_the_school_CA_in_the_trust_list_is_trusted()
    {
        var check = Assert.Single(PdfSignatureVerifier.Inspect(Sign(keys.Principal), TrustList, Now).Signatures);

        Assert.Equal(SignatureTrust.Trusted, check.Trust);
        Assert.True(check.IsValid, string.Join("; ", check.ChainProblems));
        Assert.False(check.Demo);
        Assert.Equal("Trường Mầm non Đô Thị Việt Hưng CA", check.IssuerName);
    }

    [Fact]
    public void A_certificate_expired_at_the_signing_time_is_not_valid()
    {
        var check = Assert.Single(PdfSignatureVerifier.Inspect(Sign(keys.Expired), TrustList, Now).Signatures);

        Assert.Equal(SignatureStatus.Valid, check.Status);
        Assert.Equal(SignatureTrust.NotValidAtSigningTime, check.Trust);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void A_certificate_from_another_CA_with_the_same_names_is_not_trusted()
    {
        using var impostor = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", Now.AddYears(-1), keySize: 2048, demo: false);
        using var signer = impostor.IssueSigner("Nguyễn Thị Lan", Now);
        var signed = PdfSigner.Sign(keys.Pdf, new PadesCmsSigner(new Pkcs12SignatureProvider(signer, [impostor.Certificate])), null, Now);

        var check = Assert.Single(PdfSignatureVerifier.Inspect(signed, TrustList, Now).Signatures);

        Assert.Equal(SignatureTrust.UnknownIssuer, check.Trust);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void A_demo_CA_signature_is_labelled_demo_even_when_its_root_is_trusted()
    {
        using var demo = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", Now.AddDays(-1), keySize: 2048);
        using var signer = demo.IssueSigner("Nguyễn Thị Lan", Now);

        var check = Assert.Single(PdfSignatureVerifier.Inspect(PdfSigner.Sign(keys.Pdf, signer, null, Now), [X509CertificateLoader.LoadCertificate(demo.Certificate.RawData)], Now).Signatures);

        Assert.True(check.IsValid, string.Join("; ", check.ChainProblems));
        Assert.True(check.Demo);
    }

    [Fact]
    public void A_claimed_signing_time_in_the_future_is_judged_at_now()
    {
        // A certificate valid only from next year, "signed" two years ahead: judged at the claim it would look valid.
        using var notYet = keys.SchoolCa.IssueSigner("Lê Văn Nam", Now.AddYears(1));
        var signed = PdfSigner.Sign(keys.Pdf, new PadesCmsSigner(new Pkcs12SignatureProvider(notYet, [keys.SchoolCa.Certificate])), null, Now.AddYears(2));

        var check = Assert.Single(PdfSignatureVerifier.Inspect(signed, TrustList, Now).Signatures);

        Assert.Equal(SignatureTrust.NotValidAtSigningTime, check.Trust);
    }

    [Fact]
    public void The_signature_reason_is_read_back()
    {
        var signed = PdfSigner.Sign(keys.Pdf, new PadesCmsSigner(new Pkcs12SignatureProvider(keys.Principal)), null, Now, "Ký phiên bản đã duyệt số 3");

        Assert.Equal("Ký phiên bản đã duyệt số 3", Assert.Single(PdfSignatureVerifier.Verify(signed)).Reason);
    }
}
