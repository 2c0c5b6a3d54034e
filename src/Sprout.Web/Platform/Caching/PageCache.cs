using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;

namespace Sprout.Web.Platform.Caching;

/// <summary>
/// The answer of a page marked <c>[OutputCache(PolicyName = PageCache.PolicyName)]</c>, kept in memory for the one
/// signed-in person who asked, for <c>Performance:PageCacheSeconds</c> (0 turns it off), and never after any write
/// (docs/decisions/0240-page-cache-per-user.md).
/// </summary>
/// <remarks>
/// Runs after authentication (the session check), authorization and two-factor enforcement, so a revoked
/// session or a refused page never reaches the cache. The key holds the person, their security stamp, their
/// antiforgery cookie (the page's forms carry tokens made for that cookie and person), the day in Vietnam, the
/// query string and <see cref="DataChangeSignal.Generation"/>: after a write no earlier answer can be found again.
/// Only a 200 answer that sets no cookie is kept.
/// </remarks>
public sealed class PageCache : IOutputCachePolicy
{
    public const string PolicyName = "per-user-page";
    public const string Setting = "Performance:PageCacheSeconds";

    /// <summary>The tag of every kept page: evicted as a whole on each write, to give the memory back at once.</summary>
    public const string Tag = "pages";

    private const string GenerationItem = "Sprout.PageCache.Generation";

    private readonly TimeSpan _maxAge;
    private readonly DataChangeSignal _signal;
    private readonly TimeProvider _clock;
    private readonly string _stampClaim;
    private readonly string _antiforgeryCookie;

    public PageCache(IConfiguration configuration, DataChangeSignal signal, TimeProvider clock, IOptions<IdentityOptions> identity, IOptions<AntiforgeryOptions> antiforgery)
    {
        _maxAge = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(Setting, 30)));
        _signal = signal;
        _clock = clock;
        _stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        _antiforgeryCookie = antiforgery.Value.Cookie.Name ?? throw new InvalidOperationException("The antiforgery cookie has no name.");
    }

    public bool Enabled => _maxAge > TimeSpan.Zero;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var user = http.User;
        var stamp = user.FindFirst(_stampClaim)?.Value;
        var userId = user.UserId();
        var antiforgery = http.Request.Cookies[_antiforgeryCookie];
        var method = http.Request.Method;
        var cacheable = Enabled && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            && user.Identity?.IsAuthenticated == true && userId is not null && !string.IsNullOrEmpty(stamp)
            // Without the cookie the page sets one (a Set-Cookie answer is never kept): nothing to look up either.
            && !string.IsNullOrEmpty(antiforgery);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = false;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }
        var generation = _signal.Generation;
        http.Items[GenerationItem] = generation;
        context.ResponseExpirationTimeSpan = _maxAge;
        context.Tags.Add(Tag);
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        vary.VaryByValues["user"] = userId!.Value.ToString(CultureInfo.InvariantCulture);
        vary.VaryByValues["stamp"] = stamp!;
        vary.VaryByValues["af"] = antiforgery!;
        vary.VaryByValues["day"] = Text.VietnameseFormat.Today(_clock).DayNumber.ToString(CultureInfo.InvariantCulture);
        vary.VaryByValues["data"] = generation.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || context.HttpContext.Items[GenerationItem] is not long generation
            || generation != _signal.Generation)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

public static class PageCacheRegistration
{
    public static IServiceCollection AddSproutPageCache(this IServiceCollection services)
    {
        services.AddSingleton<PageCache>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<PageCache>((o, policy) => o.AddPolicy(PageCache.PolicyName, policy));
        return services;
    }

    /// <summary>The middleware, and the eviction of every kept page on each write.</summary>
    public static WebApplication UseSproutPageCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<DataChangeSignal>().Changed += () =>
        {
            // The in-memory store evicts synchronously; the key already holds the generation, so this only frees memory.
            var eviction = store.EvictByTagAsync(PageCache.Tag, CancellationToken.None);
            if (!eviction.IsCompleted)
            {
                eviction.AsTask().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            }
        };
        app.UseOutputCache();
        return app;
    }
}
