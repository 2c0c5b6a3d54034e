using System.Text;
using Sprout.Domain.Nutrition;

namespace Sprout.Cli.Commands;

internal static class NutritionCommands
{
    public static async Task<int> AnalyzeAsync(CliArguments cli, TextWriter output, TextWriter error)
    {
        var menu = cli.Required("menu");
        if (!File.Exists(menu))
        {
            throw new CliFailureException($"Không tìm thấy tệp thực đơn \"{menu}\".");
        }
        using var reader = new StreamReader(menu, Encoding.UTF8);
        var code = NutritionCli.Analyze(reader, output, error);
        await output.FlushAsync();
        return code;
    }
}
