namespace Sprout.Web.Platform.Hosting;

/// <summary>
/// The address the public knows Sprout by (<c>Hosting:PublicBaseUrl</c>, e.g. https://mamnon.example.vn). Every link
/// that leaves the page (sitemap, robots.txt, invitation links and their QR codes, e-mails) is built from it, never
/// from the request's Host header, which a client chooses and a shared cache would keep.
/// </summary>
public sealed class PublicAddress
{
    public const string Setting = "Hosting:PublicBaseUrl";

    public PublicAddress(IConfiguration configuration)
    {
        // Unset: the first address Kestrel listens on, which is right for a single machine and never a client's choice.
        var configured = configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = (configuration["Urls"] ?? "http://localhost:5080").Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        }
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{Setting} phải là một địa chỉ http(s) đầy đủ, ví dụ https://mamnon.example.vn.");
        }
        Origin = uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.TrimEnd('/');
    }

    /// <summary>Scheme, host, port and any base path, without a trailing slash.</summary>
    public string Origin { get; }

    public string Link(string path) => Origin + (path.StartsWith('/') ? path : "/" + path);
}
