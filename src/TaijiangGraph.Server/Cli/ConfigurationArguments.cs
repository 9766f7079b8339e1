namespace TaijiangGraph.Server.Cli;

/// <summary>
/// The configuration settings of a command line, taken out before the command is parsed, as ASP.NET's command-line
/// configuration reads them (they override <c>appsettings.json</c> and environment variables):
/// <c>--Section:Key=value</c> or <c>--Section:Key value</c> (any section, e.g. <see cref="Sections"/>);
/// <c>--Key=value</c> or <c>--Key value</c> for a top-level host key (<see cref="Keys"/>); and <c>--Section=</c>
/// (empty) beside a key of that section, as WebApplicationFactory writes a section node. Any other <c>--word</c> is
/// left to the command's parser, so an unknown option or key still fails.
/// </summary>
internal sealed class ConfigurationArguments
{
    /// <summary>The server's sections (for the help text); keys of any section may be set: <c>--Database:Provider=PostgreSql</c>.</summary>
    public static readonly IReadOnlyList<string> Sections =
    [
        "Database",
        "Seed",
        "Auth",
        "Keys",
        "Audit",
        "Catalog",
        "Limits",
        "RateLimits",
        "TrustedDocuments",
        "Logging",
        "Kestrel",
    ];

    /// <summary>Top-level keys that may be set: <c>--Urls=http://127.0.0.1:5081</c>, <c>--environment=Development</c>.</summary>
    public static readonly IReadOnlyList<string> Keys = ["Urls", "AllowedHosts", "Environment", "ApplicationName", "ContentRoot"];

    private ConfigurationArguments(IReadOnlyList<string> settings, IReadOnlyList<string> remaining)
    {
        Settings = settings;
        Remaining = remaining;
    }

    /// <summary>The settings as ASP.NET command-line arguments, each <c>--Key=value</c>, in the order given.</summary>
    public IReadOnlyList<string> Settings { get; }

    /// <summary>The arguments left for the command's parser, in the order given.</summary>
    public IReadOnlyList<string> Remaining { get; }

    /// <summary>One paragraph for the help text.</summary>
    public static string HelpText =>
        $"""
            Configuration:
              --<Section>:<Key>=<value>  Overrides appsettings.json for this run (also '--<Section>:<Key> <value>').
                                         Any section, e.g. {string.Join(", ", Sections)}.
              --<Key>=<value>            Top-level keys: {string.Join(", ", Keys)}.
            """;

    /// <summary>Splits <paramref name="args"/>; nothing after a bare <c>--</c> is taken.</summary>
    /// <exception cref="ArgumentException">A setting without a value.</exception>
    public static ConfigurationArguments Split(IReadOnlyList<string> args)
    {
        var end = args.ToList().IndexOf("--") is var dash and >= 0 ? dash : args.Count;
        var sections = args.Take(end)
            .Select(a => KeyOf(a))
            .OfType<string>()
            .Where(k => k.Contains(':', StringComparison.Ordinal))
            .Select(k => k[..k.IndexOf(':', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settings = new List<string>();
        var remaining = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var key = KeyOf(args[i]);
            if (key is null && args[i].EndsWith('=') && sections.Contains(args[i][2..^1]))
            {
                settings.Add(args[i]); // a section node beside its keys
            }
            else if (key is null)
            {
                remaining.Add(args[i]);
            }
            else if (args[i].Contains('=', StringComparison.Ordinal))
            {
                settings.Add($"--{key}={args[i][(args[i].IndexOf('=', StringComparison.Ordinal) + 1)..]}");
            }
            else if (i + 1 < end && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add($"--{key}={args[++i]}");
            }
            else
            {
                throw new ArgumentException($"The setting '{args[i]}' needs a value: --{key}=<value>.");
            }
        }

        remaining.AddRange(args.Skip(end));
        return new ConfigurationArguments(settings, remaining);
    }

    /// <summary>Whether <paramref name="optionName"/> (e.g. <c>--app</c>) would be taken as a setting.</summary>
    public static bool IsSetting(string optionName) => KeyOf(optionName) is not null;

    /// <summary>The configuration key of <c>--Section:Key[=value]</c> or of a known <c>--Key[=value]</c>, else null.</summary>
    private static string? KeyOf(string argument)
    {
        if (!argument.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        var key = equals < 0 ? argument[2..] : argument[2..equals];
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var known = colon < 0 ? Keys.Contains(key, StringComparer.OrdinalIgnoreCase) : colon > 0 && !key.EndsWith(':');
        return known ? key : null;
    }
}
