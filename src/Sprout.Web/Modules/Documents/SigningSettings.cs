namespace Sprout.Web.Modules.Documents;

/// <summary>The <c>Signing</c> section: whether demo certificates may be issued, and where the trusted roots lie.</summary>
public sealed class SigningSettings(IConfiguration configuration, IHostEnvironment environment)
{
    /// <summary>
    /// A signer without a key gets a certificate from the school's demo CA, labelled "chữ ký thử nghiệm" everywhere.
    /// On by default only in Development (<c>dotnet run</c>, the demo) and the tests; a production server says it explicitly or never does it.
    /// </summary>
    public bool DemoCertificates { get; } =
        configuration.GetValue<bool?>("Signing:DemoCertificates") ?? (environment.IsDevelopment() || environment.IsEnvironment("Testing"));

    /// <summary>A folder of root certificates (.cer, .crt, .pem, DER or PEM) that verification trusts besides the schools' own CAs.</summary>
    public string? TrustedRootsFolder { get; } = configuration["Signing:TrustedRootsFolder"] is { Length: > 0 } folder ? folder : null;
}
