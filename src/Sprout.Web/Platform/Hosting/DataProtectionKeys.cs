namespace Sprout.Web.Platform.Hosting;

/// <summary>Where the data-protection key ring lives: <c>DataProtection:KeysFolder</c>, by default beside the SQLite database.</summary>
public static class DataProtectionKeys
{
    public const string Setting = "DataProtection:KeysFolder";

    public static DirectoryInfo Folder(IConfiguration configuration) =>
        new(Path.GetFullPath(configuration[Setting] ?? Path.Combine("data", "keys")));
}
