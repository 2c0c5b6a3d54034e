namespace Sprout.Web.Platform.Hosting;

/// <summary>Where the data-protection key ring lives: <c>DataProtection:KeysFolder</c>, by default beside the SQLite database.</summary>
public static class DataProtectionKeys
{
    public const string Setting = "DataProtection:KeysFolder";

    public static DirectoryInfo Folder(IConfiguration configuration) =>
        new(Path.GetFullPath(configuration[Setting] ?? Path.Combine("data", "keys")));

    /// <summary>
    /// The folder, created for the service account alone when it is new: the key files in it are plain XML (Linux has
    /// no DPAPI to encrypt them), so on a shared server other accounts must not be able to list or read them.
    /// </summary>
    public static DirectoryInfo CreateFolder(IConfiguration configuration)
    {
        var folder = Folder(configuration);
        if (!folder.Exists)
        {
            if (OperatingSystem.IsWindows())
            {
                folder.Create();
            }
            else
            {
                Directory.CreateDirectory(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        return folder;
    }
}
