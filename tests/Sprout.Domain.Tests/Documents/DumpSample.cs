using Sprout.Domain.Documents.Signing;
namespace Sprout.Domain.Tests.Documents;

public class DumpSample
{
    [Fact]
    public void Dump()
    {
        var dir = Environment.GetEnvironmentVariable("SPROUT_DUMP");
        if (dir is null) return;
        var now = new DateTimeOffset(2025, 10, 30, 9, 15, 0, TimeSpan.FromHours(7));
        using var ca = DemoCertificateAuthority.Create("Trường Mầm non Đô thị Việt Hưng", now);
        using var a = ca.IssueSigner("Nguyễn Thị Lan", now);
        using var b = ca.IssueSigner("Trần Văn Đức", now);
        var pdf = Sprout.Domain.Documents.Rendering.OfficialPdfRenderer.Render(SampleDocuments.Plan(10));
        File.WriteAllBytes(Path.Combine(dir, "plan.pdf"), pdf);
        var one = PdfSigner.Sign(pdf, new PadesCmsSigner(new Pkcs12SignatureProvider(a, [ca.Certificate])), SignatureAppearance.Signer, now);
        File.WriteAllBytes(Path.Combine(dir, "one.pdf"), one);
        File.WriteAllBytes(Path.Combine(dir, "two.pdf"), PdfSigner.Sign(one, b, SignatureAppearance.Organisation, now.AddHours(1)));
    }
}
