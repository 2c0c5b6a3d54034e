namespace Sprout.Web.Platform.Hosting;

/// <summary>
/// Where the app looks for appsettings.json and its static files: beside its own binary, whatever folder it is
/// started from (a service manager, a cron job or an operator's shell each start it somewhere else). An explicit
/// choice still wins: <c>--contentRoot</c> on the command line (the test host passes it so), or the
/// ASPNETCORE_CONTENTROOT / DOTNET_CONTENTROOT environment variables.
/// </summary>
/// <remarks>Data paths (data/sprout.db, data/keys) stay relative to the working directory, on purpose: the service's
/// WorkingDirectory is its data folder, apart from the binaries.</remarks>
public static class ContentRoot
{
    public static string? Resolve(string[] args, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var explicitArg = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase));
        var explicitEnv = !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT")) || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        return explicitArg || explicitEnv ? null : AppContext.BaseDirectory;
    }
}
