using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;
using R = Sprout.Web.Platform.Identity.Roles;

namespace Sprout.Web.Tests.Platform;

/// <summary>
/// Requests every page and endpoint as every role and anonymously, against one table written here by hand.
/// A new page or endpoint without a row fails this test.
/// </summary>
[Collection(AppCollection.Name)]
public class AuthorizationMatrixTests(SproutAppFactory app)
{
    private const string Anonymous = AccessMatrixRow.Anonymous;

    /// <summary>Every row from every module's <see cref="IAccessMatrixRows"/> in this test assembly.</summary>
    private static readonly Dictionary<string, AccessMatrixRow> Expected = typeof(AuthorizationMatrixTests).Assembly.GetTypes()
        .Where(t => typeof(IAccessMatrixRows).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .SelectMany(t => ((IAccessMatrixRows)Activator.CreateInstance(t)!).Rows)
        .ToDictionary(r => r.Pattern, StringComparer.Ordinal);

    private static readonly List<AccessMatrixPost> Posts = typeof(AuthorizationMatrixTests).Assembly.GetTypes()
        .Where(t => typeof(IAccessMatrixRows).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .SelectMany(t => ((IAccessMatrixRows)Activator.CreateInstance(t)!).Posts)
        .ToList();

    /// <summary>
    /// A POST is authorized like the page's GET: a denied role gets 401/403 before any form runs; an allowed one gets
    /// past authorization (here to the antiforgery check, 400, since the matrix sends no token). What an allowed
    /// role may change once there is ChildAccess's, tested per module (e.g. CrossClassPostTests).
    /// </summary>
    [Fact]
    public async Task Every_role_and_anonymous_posting_a_form_get_exactly_what_the_table_says()
    {
        Assert.NotEmpty(Posts);
        var identities = await IdentitiesAsync();
        var failures = new List<string>();
        foreach (var post in Posts)
        {
            var url = await post.Url(app);
            foreach (var who in identities.Keys.Append(Anonymous))
            {
                var client = app.CreateBrowserLikeClient();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent([new("_handler", "matrix")]) };
                if (who != Anonymous)
                {
                    request.Headers.Add(TestAuthHandler.Header, identities[who]);
                }
                var response = await client.SendAsync(request);
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("ReturnUrl=", StringComparison.Ordinal));
                var allowed = post.Allowed.Contains(who);
                if (allowed == denied || (int)response.StatusCode >= 500)
                {
                    failures.Add($"POST {url} as {who}: expected {(allowed ? "allowed" : "denied")}, got {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_endpoint_has_a_row_in_the_table()
    {
        var missing = Endpoints().Select(e => e.Pattern).Where(p => !Expected.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without an authorization rule: " + string.Join(", ", missing));
        var stale = Expected.Keys.Except(Endpoints().Select(e => e.Pattern)).ToList();
        Assert.True(stale.Count == 0, "Rows for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_role_and_anonymous_get_exactly_what_the_table_says()
    {
        var identities = await IdentitiesAsync();
        var failures = new List<string>();
        foreach (var (pattern, method) in Endpoints())
        {
            var url = Expected[pattern].SampleUrl is { } sample ? await sample(app) : pattern;
            foreach (var who in identities.Keys.Append(Anonymous))
            {
                var client = app.CreateBrowserLikeClient();
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (who != Anonymous)
                {
                    request.Headers.Add(TestAuthHandler.Header, identities[who]);
                }
                var response = await client.SendAsync(request);
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("ReturnUrl=", StringComparison.Ordinal));
                var allowed = Expected[pattern].Allowed.Contains(Anonymous) || Expected[pattern].Allowed.Contains(who);
                if (allowed == denied)
                {
                    failures.Add($"{method} {url} as {who}: expected {(allowed ? "allowed" : "denied")}, got {(int)response.StatusCode}");
                }
                else if (allowed && (int)response.StatusCode >= 500)
                {
                    failures.Add($"{method} {url} as {who}: allowed but failed with {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private IEnumerable<(string Pattern, string Method)> Endpoints()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            // Fingerprinted static files (css, icon) are public by nature and not application endpoints.
            if (endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor"))
            {
                continue;
            }
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            yield return (pattern, methods.Contains("GET") ? "GET" : methods[0]);
        }
    }

    /// <summary>For each role, the claims of the demo account that holds it, narrowed to that one role.</summary>
    private Task<Dictionary<string, string>> IdentitiesAsync() => app.WithDbAsync(async db =>
    {
        var result = new Dictionary<string, string>();
        foreach (var account in DemoAccounts.All)
        {
            var user = await db.Users.FirstAsync(u => u.UserName == account.Login);
            var claims = new List<string>
            {
                account.Role,
                $"{ClaimTypes.NameIdentifier}={user.Id}",
                $"{ClaimTypes.Name}={user.UserName}",
                $"{SproutClaims.FullName}={user.FullName}",
            };
            if (user.SchoolId is { } school) claims.Add($"{SproutClaims.School}={school}");
            if (user.WardId is { } ward) claims.Add($"{SproutClaims.Ward}={ward}");
            if (user.GuardianId is { } guardian) claims.Add($"{SproutClaims.Guardian}={guardian}");
            result[account.Role] = string.Join(';', claims);
        }
        return result;
    });
}
