using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Sprout.Web.Tests.Infrastructure;

/// <summary>One request as the push service received it.</summary>
public sealed record PushRequest(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// A push service on loopback (the only mock: the remote service a browser vendor runs). It accepts every push with
/// 201 Created, or answers <see cref="Status"/> when set, and keeps what it received.
/// </summary>
public sealed class FakePushService : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<PushRequest> _received = [];

    public FakePushService()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = ServeAsync();
    }

    public string BaseUrl { get; }

    public HttpStatusCode Status { get; set; } = HttpStatusCode.Created;

    public IReadOnlyList<PushRequest> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            lock (_received)
            {
                _received.Add(new PushRequest(context.Request.Url!.AbsolutePath, headers, body.ToArray()));
            }
            context.Response.StatusCode = (int)Status;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}

/// <summary>
/// The user agent's side of RFC 8291 (aes128gcm, RFC 8188 single record), written from the RFC independently of the
/// library Sprout sends with, and checked against the RFC's own example.
/// </summary>
public static class WebPushDecryptor
{
    public static byte[] Decrypt(byte[] body, ECParameters userAgentKey, byte[] authSecret)
    {
        var salt = body[..16];
        var idLength = body[20];
        var serverPublic = body[21..(21 + idLength)];
        var ciphertext = body[(21 + idLength)..];
        using var ua = ECDiffieHellman.Create(userAgentKey);
        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverPublic[1..33], Y = serverPublic[33..65] },
        });
        var shared = ua.DeriveRawSecretAgreement(server.PublicKey);
        var uaPublic = new byte[65];
        uaPublic[0] = 4;
        userAgentKey.Q.X!.CopyTo(uaPublic, 1);
        userAgentKey.Q.Y!.CopyTo(uaPublic, 33);
        var keyInfo = Encoding.ASCII.GetBytes("WebPush: info\0").Concat(uaPublic).Concat(serverPublic).ToArray();
        var ikm = HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, authSecret, keyInfo);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0"));
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, Encoding.ASCII.GetBytes("Content-Encoding: nonce\0"));
        var plain = new byte[ciphertext.Length - 16];
        using var aes = new AesGcm(cek, 16);
        aes.Decrypt(nonce, ciphertext[..^16], ciphertext[^16..], plain);
        var end = Array.FindLastIndex(plain, b => b != 0);
        Assert.Equal(2, plain[end]); // the last record's delimiter
        return plain[..end];
    }

    public static ECParameters PrivateKey(string d, string publicPoint)
    {
        var q = WebEncoders.Base64UrlDecode(publicPoint);
        return new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256, D = WebEncoders.Base64UrlDecode(d),
            Q = new ECPoint { X = q[1..33], Y = q[33..65] },
        };
    }
}
