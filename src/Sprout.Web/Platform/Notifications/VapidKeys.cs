using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Sprout.Web.Platform.Hosting;

namespace Sprout.Web.Platform.Notifications;

/// <summary>A P-256 key pair in the form the Push API and VAPID (RFC 8292) use: base64url, public key as the uncompressed point.</summary>
public sealed record VapidKeyPair(string PublicKey, string PrivateKey);

/// <summary>
/// The server's VAPID key pair, made on first use and kept in the keys folder (<c>DataProtection:KeysFolder</c>) as
/// a file only the service account may read (0600). The key must stay the same: browsers subscribed with it, and a
/// new key would leave every installed app silent until it subscribes again.
/// </summary>
public sealed class VapidKeys(IConfiguration configuration)
{
    public const string FileName = "vapid-keys.json";

    private readonly Lock _lock = new();
    private VapidKeyPair? _keys;

    public string FilePath => Path.Combine(DataProtectionKeys.Folder(configuration).FullName, FileName);

    public VapidKeyPair Get()
    {
        lock (_lock)
        {
            return _keys ??= LoadOrCreate();
        }
    }

    private VapidKeyPair LoadOrCreate()
    {
        var folder = DataProtectionKeys.CreateFolder(configuration);
        var path = Path.Combine(folder.FullName, FileName);
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<VapidKeyPair>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.");
        }
        var keys = Generate();
        var json = JsonSerializer.Serialize(keys);
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, json);
        }
        else
        {
            // Created with 0600 from the start, so the private key is never readable by others even for a moment.
            using var stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            using var writer = new StreamWriter(stream);
            writer.Write(json);
        }
        return keys;
    }

    public static VapidKeyPair Generate()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = ecdsa.ExportParameters(includePrivateParameters: true);
        var point = new byte[65];
        point[0] = 0x04;
        p.Q.X!.CopyTo(point, 1);
        p.Q.Y!.CopyTo(point, 33);
        return new VapidKeyPair(WebEncoders.Base64UrlEncode(point), WebEncoders.Base64UrlEncode(p.D!));
    }
}
