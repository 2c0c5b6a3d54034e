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
    private const string Anonymous = "anonymous";

    private static readonly string[] Everyone = [.. R.All];
    private static readonly string[] ChildrenReaders = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Nurse, R.Clerk];

    /// <summary>Route pattern → who may pass authorization (Anonymous means anyone, signed in or not).</summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["/"] = Everyone,
        ["/dang-nhap"] = [Anonymous],
        ["/dang-nhap/ma-xac-thuc"] = [Anonymous],
        ["/dang-xuat"] = Everyone,
        ["/moi/{Token}"] = [Anonymous],
        ["/loi/{code:int}"] = [Anonymous],
        ["/loi/khong-tim-thay"] = [Anonymous],
        ["/healthz"] = [Anonymous],
        ["/{**path:file}"] = [Anonymous],
        ["/_framework/opaque-redirect"] = [Anonymous],
        ["/tai-khoan/xac-thuc-hai-buoc"] = Everyone,
        ["/lop"] = ChildrenReaders,
        ["/lop/{Id:int}"] = ChildrenReaders,
        ["/nhan-su"] = [R.Admin, R.Principal, R.VicePrincipal, R.Clerk, R.Accountant],
        ["/chi-bo"] = [R.PartySecretary, R.PartyCommittee, R.PartyMember],
        ["/phu-huynh/loi-moi"] = [R.Admin, R.Principal, R.VicePrincipal, R.Teacher, R.Clerk],
        ["/quan-tri/truong"] = [R.Admin, R.Principal],
        ["/quan-tri/nhat-ky"] = [R.Admin, R.Principal],
        ["/phuong"] = [R.WardOfficer],
        ["/con-toi"] = [R.Parent],
        ["/con-toi/{Id:int}"] = [R.Parent],
    };

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
        var ids = await RouteValuesAsync();
        var failures = new List<string>();
        foreach (var (pattern, method) in Endpoints())
        {
            var url = Fill(pattern, ids);
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
                var allowed = Expected[pattern].Contains(Anonymous) || Expected[pattern].Contains(who);
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

    private static string Fill(string pattern, Dictionary<string, string> ids) => pattern switch
    {
        "/lop/{Id:int}" => "/lop/" + ids["class"],
        "/con-toi/{Id:int}" => "/con-toi/" + ids["child"],
        "/moi/{Token}" => "/moi/khong-co",
        "/loi/{code:int}" => "/loi/404",
        "/{**path:file}" => "/khong-co.txt",
        _ => pattern,
    };

    private Task<Dictionary<string, string>> RouteValuesAsync() => app.WithDbAsync(async db => new Dictionary<string, string>
    {
        ["class"] = (await db.Classrooms.Where(c => c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()).ToString(CultureInfo.InvariantCulture),
        ["child"] = (await db.ChildGuardians.Where(cg => cg.Guardian!.Phone == DemoAccounts.ParentPhone).Select(cg => cg.ChildId).FirstAsync()).ToString(CultureInfo.InvariantCulture),
    });

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
