namespace Sprout.Cli;

/// <summary>Positional words and --name value options, as the commands need them; nothing more.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var value = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
                _options[name] = value;
            }
            else
            {
                words.Add(args[i]);
            }
        }
        Words = words;
    }

    public IReadOnlyList<string> Words { get; }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) =>
        _options.GetValueOrDefault(name) is { Length: > 0 } value ? value : throw new UsageException($"Thiếu tham số --{name}.");
}

/// <summary>The command line itself is wrong: print the usage and exit with 2.</summary>
public sealed class UsageException(string message) : Exception(message);
