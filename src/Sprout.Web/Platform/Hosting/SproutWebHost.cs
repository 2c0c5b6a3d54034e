using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Backup;
using Sprout.Web.Platform.Caching;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Errors;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Modules;
using Sprout.Web.Platform.Notifications;
using Sprout.Web.Platform.Security;

namespace Sprout.Web.Platform.Hosting;

/// <summary>Everything the web host, the tests and the CLI share about how Sprout is composed.</summary>
public static class SproutWebHost
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>The public signature verification's POST: each one may hash up to 20 MB.</summary>
    public const string VerifyRateLimit = "verify";

    public static WebApplicationBuilder AddSprout(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSproutData(configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentSchoolScope>();
        services.AddScoped<Access.ChildAccess>();
        services.AddScoped<Idempotency.IdempotencyGate>();

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                // Many failures, not a handful: SignInThrottle slows guessing long before, so six requests can no
                // longer lock someone out for a quarter of an hour.
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:LockoutAfterFailures", 20);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SproutDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<Web.Modules.Account.AdminResetCodeProvider>(Web.Modules.Account.AdminResetCodeProvider.Name)
            .AddClaimsPrincipalFactory<SproutClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/dang-nhap";
            o.LogoutPath = "/dang-xuat";
            o.AccessDeniedPath = "/loi/403";
            o.Cookie.Name = "sprout.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // Replaces Identity's interval-based stamp check: every request is checked (see SessionValidator).
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            // A denied page answers 403 in place (rendered by the status-code page), not a redirect to a 200 page.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddScoped<SessionValidator>();
        // E-mailed reset links; single use because the reset rotates the stamp the token is bound to.
        services.Configure<DataProtectionTokenProviderOptions>(o =>
            o.TokenLifespan = TimeSpan.FromMinutes(configuration.GetValue("Security:PasswordResetLinkMinutes", 30)));
        services.AddCascadingAuthenticationState();

        // Counts presses of the sign-in (and invitation) buttons per address, never page loads: a whole school's
        // parents behind one Wi-Fi address load the page freely and sign in well within the limit.
        var attemptsPerAddress = configuration.GetValue("Security:SignInAttemptsPerAddress", 600);
        var addressWindow = TimeSpan.FromMinutes(configuration.GetValue("Security:SignInAddressWindowMinutes", 5));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new SlidingWindowRateLimiterOptions { PermitLimit = attemptsPerAddress, Window = addressWindow, SegmentsPerWindow = 5, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("page"));
            var verifyPerMinute = configuration.GetValue("Security:VerifyPermitsPerMinute", 10);
            // Only posted files count: opening the page costs nothing.
            o.AddPolicy(VerifyRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = verifyPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        services.Configure<Web.Modules.Account.SignInThrottleOptions>(configuration.GetSection(Web.Modules.Account.SignInThrottleOptions.Section));
        services.AddSingleton<Web.Modules.Account.SignInThrottle>();

        services.AddLocalization();
        // Vietnamese text stays readable in HTML instead of being escaped to &#x…; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o => o.Cookie.Name = "sprout.af");
        // The keys that encrypt signers' PKCS#12 files and the sign-in cookies: kept in a folder the operator knows
        // (by default beside the SQLite database), not the service account's home, which a container or a move to
        // another server loses. The folder is backed up apart from the database, so a stolen backup holds no key.
        services.AddDataProtection()
            .SetApplicationName(DataProtectionKeys.ApplicationName)
            .PersistKeysToFileSystem(DataProtectionKeys.CreateFolder(configuration));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<ForwardedHeadersOptions>(o => ProxySettings.Configure(o, configuration));
        services.AddSingleton<PublicAddress>();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSproutNotifications(configuration);
        services.AddSproutModules();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<BackupService>();
        services.AddHostedService<AuditCheckpointWorker>();

        services.AddRazorComponents();
        services.AddSproutPageCache();
        if (configuration.GetValue("Logging:Json", false))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        return builder;
    }

    public static async Task<WebApplication> UseSproutAsync(this WebApplication app)
    {
        var vietnamese = new CultureInfo("vi-VN");
        CultureInfo.DefaultThreadCurrentCulture = vietnamese;
        CultureInfo.DefaultThreadCurrentUICulture = vietnamese;

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        app.UseForwardedHeaders();
        app.UseMiddleware<SlowRequestLogging>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/loi/500",
            StatusCodeSelector = e => e is Access.AccessRefusedException ? StatusCodes.Status403Forbidden : DatabaseFailures.StatusCodeFor(e),
        });
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.UseMiddleware<BlankFormRefusalMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestSizeGuardMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(vietnamese),
            SupportedCultures = [vietnamese],
            SupportedUICultures = [vietnamese],
        });
        app.MapStaticAssets();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorEnforcementMiddleware>();
        app.UseAntiforgery();
        app.UseMiddleware<AntiforgeryFailureMiddleware>();
        app.UseSproutPageCache();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = DatabaseHealthCheck.WriteAsync }).AllowAnonymous();
        app.MapErrorPages();
        app.MapSproutEndpoints();
        app.MapRazorComponents<Components.App>();
        return app;
    }
}
