using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Modules.Documents;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Hosting;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Modules.Documents;

[Collection(AppCollection.Name)]
public class SigningKeyStoreTests(SproutAppFactory app)
{
    /// <summary>The signing keys' protector of a key ring in <paramref name="folder"/>, as another install of Sprout would make it.</summary>
    private static IDataProtector KeyRing(DirectoryInfo folder) =>
        DataProtectionProvider.Create(folder, b => b.SetApplicationName(DataProtectionKeys.ApplicationName)).CreateProtector(SigningKeyStore.Purpose);

    [Fact]
    public async Task Keys_are_protected_with_data_protection_keys_kept_in_the_configured_folder()
    {
        var owner = $"user:folder-{Guid.NewGuid():N}"[..24];
        var schoolId = await app.DemoSchoolIdAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            using var issued = await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().GetOrIssueAsync(schoolId, owner, "Nguyễn Thị Lan", "Trường Mầm non Đô Thị Việt Hưng", CancellationToken.None);
            Assert.True(issued.HasPrivateKey);
        }

        Assert.NotEmpty(Directory.GetFiles(app.KeysFolder, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(app.KeysFolder));
        }
        // A second host with the same folder (a restart, or the app moved with its keys) opens the stored key.
        var sameKeys = KeyRing(new DirectoryInfo(app.KeysFolder));
        var stored = await app.WithDbAsync(db => db.Set<SigningKey>().IgnoreQueryFilters().Where(k => k.Owner == owner).Select(k => k.ProtectedPkcs12).SingleAsync());
        Assert.NotEmpty(sameKeys.Unprotect(stored));
    }

    [Fact]
    public void A_new_keys_folder_starts_with_the_keys_of_the_old_place_so_keys_stored_before_still_open()
    {
        var root = Directory.CreateTempSubdirectory("sprout-keys-move-");
        try
        {
            var legacy = root.CreateSubdirectory("home-aspnet");
            var stored = KeyRing(legacy).Protect([4, 5, 6]);

            var folder = DataProtectionKeys.CreateFolder(new DirectoryInfo(Path.Combine(root.FullName, "data", "keys")), legacy.FullName);

            Assert.Equal(Directory.GetFiles(legacy.FullName, "key-*.xml").Select(Path.GetFileName), Directory.GetFiles(folder.FullName, "key-*.xml").Select(Path.GetFileName));
            var moved = KeyRing(folder);
            Assert.Equal([4, 5, 6], moved.Unprotect(stored));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_key_protected_on_another_server_is_explained_in_vietnamese_and_left_as_it_was()
    {
        var owner = $"user:moved-{Guid.NewGuid():N}"[..24];
        var schoolId = await app.DemoSchoolIdAsync();
        var otherServer = Directory.CreateTempSubdirectory("sprout-other-keys-");
        var elsewhere = KeyRing(otherServer).Protect([1, 2, 3]);
        otherServer.Delete(recursive: true);
        await app.WithDbAsync(async db =>
        {
            db.Add(new SigningKey { SchoolId = schoolId, Owner = owner, ProtectedPkcs12 = elsewhere, NotAfter = DateTimeOffset.UtcNow.AddYears(1) });
            return await db.SaveChangesAsync();
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var refused = await Assert.ThrowsAsync<DocumentRuleException>(() =>
                scope.ServiceProvider.GetRequiredService<SigningKeyStore>().GetOrIssueAsync(schoolId, owner, "Nguyễn Thị Lan", "Trường Mầm non Đô Thị Việt Hưng", CancellationToken.None));
            Assert.Contains("Vui lòng tải lại tệp chứng thư số .p12", refused.Message, StringComparison.Ordinal);
        }

        // Not replaced by a demo certificate: the signer's own key is still there for the old keys folder to open.
        Assert.Equal(elsewhere, await app.WithDbAsync(db => db.Set<SigningKey>().IgnoreQueryFilters().Where(k => k.Owner == owner).Select(k => k.ProtectedPkcs12).SingleAsync()));
    }
}
