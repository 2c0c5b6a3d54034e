using System.Net;
using Npgsql;
using Sprout.Web.Platform.Data;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

/// <summary>Only PostgreSQL is a server that can go away; the embedded SQLite file cannot.</summary>
[Trait("Requires", "Postgres")]
public class DatabaseDownTests
{
    [Fact]
    public async Task Lost_database_gives_a_friendly_503_and_the_app_recovers_by_itself()
    {
        Assert.Equal(DatabaseProvider.Postgres, TestDatabase.ProviderUnderTest);
        await using var database = await TestDatabase.CreateAsync();
        var real = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var proxy = new TcpProxy(real.Host!, real.Port);
        proxy.Start();
        var viaProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3 };

        var app = new ProxiedFactory(viaProxy.ToString());
        try
        {
            await ((IAsyncLifetime)app).InitializeAsync();
            var client = app.CreateBrowserLikeClient();
            await FormPoster.SignInAsync(client, "hieutruong@mnviethung.edu.vn", Sprout.Web.Platform.Demo.DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lop")).StatusCode);

            await proxy.StopAsync();
            NpgsqlConnection.ClearAllPools();
            var down = await client.GetAsync("/lop");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("Không kết nối được cơ sở dữ liệu", WebUtility.HtmlDecode(await down.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);

            proxy.Start();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lop")).StatusCode);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private sealed class ProxiedFactory(string connectionString) : SproutAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = connectionString,
            ["Demo:Schools"] = "1",
        };
    }
}
