using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sprout.Web.Platform.Audit;
using Sprout.Web.Platform.Data;

namespace Sprout.Cli.Commands;

/// <summary>`sprout audit verify` and `sprout audit checkpoint` (docs/decisions/0140-audit-anchor.md).</summary>
internal static class AuditCommands
{
    /// <summary>Exit 0 only when the chain is intact and its HMACs could be checked here.</summary>
    public static async Task<int> VerifyAsync(IServiceProvider services, TextWriter output)
    {
        await using var db = services.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        var result = await AuditVerifier.VerifyAsync(db, CancellationToken.None);
        if (!result.IsIntact)
        {
            throw new CliFailureException(string.Create(CultureInfo.InvariantCulture, $"Chuỗi nhật ký bị phá vỡ tại bản ghi số {result.FirstBrokenSequence}: {result.Reason}"));
        }
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Chuỗi nhật ký toàn vẹn: {result.Checked} bản ghi."));
        await output.WriteLineAsync(result.AnchoredFrom is { } from
            ? string.Create(CultureInfo.InvariantCulture, $"Mã xác thực HMAC: từ bản ghi số {from} (các bản ghi trước đó, ghi trước khi có HMAC, chỉ được bảo vệ bằng chuỗi mã băm).")
            : "Chưa có bản ghi nào mang mã xác thực HMAC: nhật ký chỉ được bảo vệ bằng chuỗi mã băm.");
        if (result.LastCheckpoint is { } checkpoint)
        {
            await output.WriteLineAsync($"Khớp với {checkpoint.Describe()}.");
        }
        if (result.Unverified is { } unverified)
        {
            await output.WriteLineAsync($"Lưu ý: {unverified}");
        }
        if (result.AnchoredFrom is not null && !result.MacChecked)
        {
            var file = services.GetRequiredService<AuditAnchoring>().KeyFile;
            throw new CliFailureException($"Không kiểm tra được mã xác thực HMAC: không có khóa ({AuditAnchoring.KeySetting} hoặc tệp {file}).");
        }
        return 0;
    }

    public static async Task<int> CheckpointAsync(IServiceProvider services, TextWriter output)
    {
        await using var db = services.GetRequiredService<SproutDbContextFactory>().Create(SchoolScope.System);
        var anchoring = services.GetRequiredService<AuditAnchoring>();
        // A checkpoint of a broken chain would vouch for the damage: check first.
        var result = await AuditVerifier.VerifyAsync(db, CancellationToken.None);
        if (!result.IsIntact)
        {
            throw new CliFailureException(string.Create(CultureInfo.InvariantCulture, $"Không ghi điểm mốc: chuỗi nhật ký bị phá vỡ tại bản ghi số {result.FirstBrokenSequence}: {result.Reason}"));
        }
        var checkpoint = await anchoring.CheckpointAsync(db, force: true, CancellationToken.None);
        await output.WriteLineAsync($"Đã ghi {checkpoint!.Describe()} vào {anchoring.CheckpointFile}.");
        return 0;
    }
}
