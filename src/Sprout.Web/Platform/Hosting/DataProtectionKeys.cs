namespace Sprout.Web.Platform.Hosting;

/// <summary>Where the data-protection key ring lives: <c>DataProtection:KeysFolder</c>, by default beside the SQLite database.</summary>
public static class DataProtectionKeys
{
    public const string Setting = "DataProtection:KeysFolder";

    /// <summary>Fixed, so keys protected by one install open in another that has the same folder.</summary>
    public const string ApplicationName = "Sprout";

    /// <summary>Where ASP.NET Core kept the ring before Sprout chose a folder: the service account's home.</summary>
    public static string LegacyFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aspnet", "DataProtection-Keys");

    public static DirectoryInfo Folder(IConfiguration configuration) =>
        new(Path.GetFullPath(configuration[Setting] ?? Path.Combine("data", "keys")));

    public static DirectoryInfo CreateFolder(IConfiguration configuration) => CreateFolder(Folder(configuration), LegacyFolder);

    /// <summary>
    /// The folder, created for the service account alone when it is new: the key files in it are plain XML (Linux has
    /// no DPAPI to encrypt them), so on a shared server other accounts must not be able to list or read them.
    /// A new folder starts with the keys of the old place, so signing keys stored before the move still open.
    /// </summary>
    public static DirectoryInfo CreateFolder(DirectoryInfo folder, string legacyFolder)
    {
        if (folder.Exists)
        {
            return folder;
        }
        if (OperatingSystem.IsWindows())
        {
            folder.Create();
        }
        else
        {
            Directory.CreateDirectory(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (Directory.Exists(legacyFolder))
        {
            foreach (var key in Directory.EnumerateFiles(legacyFolder, "key-*.xml"))
            {
                File.Copy(key, Path.Combine(folder.FullName, Path.GetFileName(key)), overwrite: false);
            }
        }
        folder.Refresh();
        return folder;
    }
}
