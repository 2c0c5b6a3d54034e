using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sprout.Web.Platform.Hosting;

/// <summary>
/// Which peers may tell Sprout the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto): only the
/// configured reverse proxies, by default the loopback ones (nginx on the same machine). A header sent by anyone
/// else is ignored, so a client cannot choose the address the sign-in limits count. X-Forwarded-Host is never
/// applied: public links come from <see cref="PublicAddress"/>.
/// </summary>
public static class ProxySettings
{
    public const string KnownProxiesSetting = "Hosting:KnownProxies";
    public const string KnownNetworksSetting = "Hosting:KnownNetworks";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Add(IPAddress.Loopback);
        options.KnownProxies.Add(IPAddress.IPv6Loopback);
        foreach (var proxy in List(configuration, KnownProxiesSetting))
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        foreach (var network in List(configuration, KnownNetworksSetting))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    /// <summary>Accepts a JSON array or one comma-separated value (handy in an environment variable).</summary>
    private static IEnumerable<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (section.Value is { } single)
        {
            values.AddRange(single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return values.Where(v => v.Length > 0);
    }
}
