using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>
/// The test server has no socket, so no peer address (and ASP.NET Core then applies forwarded headers from
/// anyone). "X-Test-Peer: 198.51.100.9" sets the address the connection would have, before anything else runs.
/// </summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value.ToString(), out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }
            return following(context);
        });
        next(app);
    };

    /// <summary>A client whose every request comes from this peer.</summary>
    public static HttpClient From(HttpClient client, string peer)
    {
        client.DefaultRequestHeaders.Add(Header, peer);
        return client;
    }
}
