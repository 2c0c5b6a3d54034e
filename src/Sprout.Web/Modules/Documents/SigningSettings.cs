namespace Sprout.Web.Modules.Documents;

/// <summary>The <c>Signing</c> section: whether demo certificates may be issued, and where the trusted roots lie.</summary>
/// <param name="DemoCertificates">
/// A signer without a key gets a certificate from the school's demo CA, labelled "chữ ký thử nghiệm" everywhere.
/// On by default only in Development (<c>dotnet run</c>, the demo) and the tests; a production server never does it unless told.
/// </param>
/// <param name="TrustedRootsFolder">A folder of root certificates (.cer, .crt, .pem, .der) that verification trusts besides the schools' own CAs.</param>
public sealed record SigningSettings(bool DemoCertificates, string? TrustedRootsFolder = null)
{
    public static SigningSettings From(IConfiguration configuration, IHostEnvironment environment) => new(
        configuration.GetValue<bool?>("Signing:DemoCertificates") ?? (environment.IsDevelopment() || environment.IsEnvironment("Testing")),
        configuration["Signing:TrustedRootsFolder"] is { Length: > 0 } folder ? folder : null);
}
