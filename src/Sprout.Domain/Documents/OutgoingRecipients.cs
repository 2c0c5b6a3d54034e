namespace Sprout.Domain.Documents;

/// <summary>
/// The "Nơi nhận" of an outgoing document split into who receives it and who keeps a copy ("Lưu: VT, CM."), as the
/// outgoing register's columns want them (Decree 30/2020/NĐ-CP, Appendix IV).
/// </summary>
public sealed record OutgoingRecipients(IReadOnlyList<string> Addressees, IReadOnlyList<string> KeptBy)
{
    public int Copies => Addressees.Count + KeptBy.Count;

    public static OutgoingRecipients Parse(string? recipients)
    {
        var addressees = new List<string>();
        var kept = new List<string>();
        foreach (var raw in (recipients ?? string.Empty).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var line = raw.TrimStart('-', '+', '•', ' ').TrimEnd('.', ';', ' ');
            if (line.Length == 0) continue;
            if (line.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase))
            {
                var units = line["Lưu".Length..].TrimStart(':', ' ');
                kept.AddRange(units.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => u.TrimEnd('.')).Where(u => u.Length > 0));
            }
            else
            {
                addressees.Add(line);
            }
        }
        return new OutgoingRecipients(addressees, kept);
    }
}
