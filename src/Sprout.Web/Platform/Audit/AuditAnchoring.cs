using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Audit;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Hosting;

namespace Sprout.Web.Platform.Audit;

/// <summary>
/// What anchors the audit chain outside the database (docs/decisions/0140-audit-anchor.md): the HMAC key
/// (<c>Audit:HmacKey</c>, or a file created 0600 in the keys folder) and the append-only checkpoint file
/// (<c>Audit:CheckpointFolder</c>, by default the keys folder). One per process; every context carries it.
/// </summary>
public sealed class AuditAnchoring(IConfiguration configuration, ILogger<AuditAnchoring> logger)
{
    public const string KeySetting = "Audit:HmacKey";
    public const string CheckpointFolderSetting = "Audit:CheckpointFolder";
    public const string KeyFileName = "audit-hmac.key";
    public const string CheckpointFileName = "audit-checkpoints.log";

    private readonly Lock _gate = new();
    private byte[]? _key;

    public string KeyFile => Path.Combine(DataProtectionKeys.Folder(configuration).FullName, KeyFileName);

    public string CheckpointFile => Path.Combine(
        configuration[CheckpointFolderSetting] is { Length: > 0 } folder ? Path.GetFullPath(folder) : DataProtectionKeys.Folder(configuration).FullName,
        CheckpointFileName);

    /// <summary>The key new links are signed with, created on first use when neither setting nor file exists.</summary>
    public byte[] KeyForWriting()
    {
        lock (_gate)
        {
            return _key ??= Configured() ?? ReadKeyFile() ?? CreateKeyFile();
        }
    }

    /// <summary>The key to check links with, or null where this machine has none (it is never created by a check).</summary>
    public byte[]? KeyForChecking()
    {
        lock (_gate)
        {
            return _key ??= Configured() ?? ReadKeyFile();
        }
    }

    public IReadOnlyList<AuditCheckpoint> ReadCheckpoints()
    {
        if (!File.Exists(CheckpointFile))
        {
            return [];
        }
        using var stream = new FileStream(CheckpointFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var checkpoints = new List<AuditCheckpoint>();
        while (reader.ReadLine() is { } line)
        {
            if (AuditCheckpoint.TryParse(line) is { } checkpoint)
            {
                checkpoints.Add(checkpoint);
            }
        }
        return checkpoints;
    }

    /// <summary>
    /// Appends the chain's head to the checkpoint file and the log, unless the last checkpoint already has this head
    /// (<paramref name="force"/> writes it anyway). Returns what was written, or null.
    /// </summary>
    public async Task<AuditCheckpoint?> CheckpointAsync(SproutDbContext db, bool force, CancellationToken ct)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var count = await db.AuditEntries.LongCountAsync(ct);
        long? anchoredFrom = await db.AuditEntries.Where(a => a.Mac != null).OrderBy(a => a.Sequence).Select(a => (long?)a.Sequence).FirstOrDefaultAsync(ct);
        var checkpoints = ReadCheckpoints();
        // Once recorded, the start of the anchor is repeated: a later rewrite that drops HMACs cannot move it.
        anchoredFrom = checkpoints.Where(c => c.AnchoredFrom is not null).Select(c => c.AnchoredFrom).Append(anchoredFrom).Min();
        var checkpoint = new AuditCheckpoint(AuditChain.StorableTime(TimeProvider.System.GetUtcNow()), head?.Sequence ?? 0, head?.Hash ?? AuditChain.GenesisHash, count, anchoredFrom);
        var last = checkpoints.Count == 0 ? null : checkpoints[^1];
        if (!force && last is not null && last.Sequence == checkpoint.Sequence && last.Hash == checkpoint.Hash)
        {
            return null;
        }
        Append(checkpoint);
        logger.LogInformation("Audit checkpoint: sequence {Sequence}, hash {Hash}, count {Count}, anchored from {AnchoredFrom}.",
            checkpoint.Sequence, checkpoint.Hash, checkpoint.Count, checkpoint.AnchoredFrom?.ToString(CultureInfo.InvariantCulture) ?? "-");
        return checkpoint;
    }

    private void Append(AuditCheckpoint checkpoint)
    {
        var file = CheckpointFile;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        lock (_gate)
        {
            using var stream = new FileStream(file, options);
            using var writer = new StreamWriter(stream);
            writer.Write(checkpoint.ToLine() + "\n");
        }
    }

    private byte[]? Configured()
    {
        if (configuration[KeySetting] is not { Length: > 0 } text)
        {
            return null;
        }
        try
        {
            var key = Convert.FromBase64String(text);
            return key.Length >= 32 ? key : throw new InvalidOperationException($"{KeySetting} phải là khóa ngẫu nhiên ít nhất 32 byte, viết dạng base64.");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{KeySetting} phải là khóa ngẫu nhiên ít nhất 32 byte, viết dạng base64.");
        }
    }

    private byte[]? ReadKeyFile() =>
        File.Exists(KeyFile) ? Convert.FromBase64String(File.ReadAllText(KeyFile).Trim()) : null;

    private byte[] CreateKeyFile()
    {
        DataProtectionKeys.CreateFolder(configuration);
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var stream = new FileStream(KeyFile, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(KeyFile))
        {
            // Another process created it first: use theirs, so both sign with one key.
            return ReadKeyFile()!;
        }
        logger.LogWarning("Created the audit HMAC key {KeyFile}: back it up apart from the database, with the checkpoint file.", KeyFile);
        return key;
    }
}
