using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Sprout.Web.Modules.Account;

public sealed class SignInThrottleOptions
{
    public const string Section = "Security:SignInThrottle";

    /// <summary>Wrong passwords for one account before each further attempt must wait.</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>Wrong passwords from one address (any account) before it must wait: high, a school's Wi-Fi is one address.</summary>
    public int FreeFailuresPerAddress { get; set; } = 100;

    /// <summary>The wait doubles with each failure past the free ones (1 s, 2 s, 4 s …) up to this.</summary>
    public int MaxDelaySeconds { get; set; } = 60;

    /// <summary>A key with no failure for this long starts again from zero.</summary>
    public int ForgetAfterMinutes { get; set; } = 15;
}

/// <summary>
/// Progressive delays after wrong passwords, per account and per address, kept in memory. An attempt made before
/// the wait is over is refused without checking the password, so guessing slows down without anyone being able to
/// lock the account with a handful of requests (Identity's lockout only comes after many more failures).
/// </summary>
/// <remarks>
/// An unknown login is counted under its own text exactly as an account is, so the answers cannot tell the two
/// apart. Memory is bounded: past <see cref="MaxEntries"/> keys, forgotten ones are dropped, then the oldest.
/// Several web instances would each keep their own counts (a shared store would be needed).
/// </remarks>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private sealed record Failures(int Count, DateTimeOffset Last);

    public static string AccountKey(int userId) => "u:" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string LoginKey(string login) => "l:" + login.Trim().ToLowerInvariant();

    public static string AddressKey(string? address) => "a:" + (address ?? "unknown");

    /// <summary>How long the caller must still wait before this attempt is considered; zero when it may go ahead.</summary>
    public TimeSpan WaitBefore(string accountKey, string addressKey)
    {
        var o = options.Value;
        var account = Remaining(accountKey, o.FreeFailuresPerAccount);
        var address = Remaining(addressKey, o.FreeFailuresPerAddress);
        return account > address ? account : address;
    }

    /// <summary>Failures counted for this key and not yet forgotten.</summary>
    public int FailureCount(string key) => Current(key)?.Count ?? 0;

    public void Failed(string accountKey, string addressKey)
    {
        var now = clock.GetUtcNow();
        foreach (var key in new[] { accountKey, addressKey })
        {
            _failures.AddOrUpdate(key, _ => new Failures(1, now), (_, f) => new Failures(IsForgotten(f, now) ? 1 : f.Count + 1, now));
        }
        if (_failures.Count > MaxEntries)
        {
            Prune(now);
        }
    }

    public void Succeeded(string accountKey) => _failures.TryRemove(accountKey, out _);

    /// <summary>An administrator's unlock also clears the waiting.</summary>
    public void Clear(string accountKey) => _failures.TryRemove(accountKey, out _);

    private TimeSpan Remaining(string key, int free)
    {
        if (Current(key) is not { } f || f.Count < free)
        {
            return TimeSpan.Zero;
        }
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, f.Count - free), options.Value.MaxDelaySeconds));
        var left = f.Last + delay - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private Failures? Current(string key) =>
        _failures.TryGetValue(key, out var f) && !IsForgotten(f, clock.GetUtcNow()) ? f : null;

    private bool IsForgotten(Failures f, DateTimeOffset now) => now - f.Last > TimeSpan.FromMinutes(options.Value.ForgetAfterMinutes);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, f) in _failures)
        {
            if (IsForgotten(f, now))
            {
                _failures.TryRemove(key, out _);
            }
        }
        if (_failures.Count > MaxEntries)
        {
            foreach (var (key, _) in _failures.OrderBy(e => e.Value.Last).Take(_failures.Count - MaxEntries / 2))
            {
                _failures.TryRemove(key, out _);
            }
        }
    }
}
