using Sprout.Domain.Documents.Signing;

namespace Sprout.Domain.Tests.Documents;

/// <summary>The checks a remote signer's CMS must pass before it is written into a PDF (docs/decisions/0130).</summary>
public sealed class RemoteSignatureContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_detached_CMS_over_the_bytes_by_the_expected_signer_passes_and_anything_else_is_refused()
    {
        using var ca = DemoCertificateAuthority.Create("Trường Mầm non Đô Thị Việt Hưng", Now, keySize: 2048, demo: false);
        using var signer = ca.IssueSigner("Nguyễn Thị Lan", Now);
        using var other = ca.IssueSigner("Trần Văn Đức", Now);
        var bytes = "%PDF-1.7 the covered bytes"u8.ToArray();
        var cms = new PadesCmsSigner(new Pkcs12SignatureProvider(signer)).SignCms(bytes);

        Assert.Null(RemoteSignatureContract.Check(cms, bytes, signer));
        Assert.NotNull(RemoteSignatureContract.Check(cms, "%PDF-1.7 other bytes"u8.ToArray(), signer));
        Assert.NotNull(RemoteSignatureContract.Check(cms, bytes, other));
        Assert.NotNull(RemoteSignatureContract.Check([0x30, 0x03, 0x02, 0x01, 0x00], bytes, signer));
    }
}
