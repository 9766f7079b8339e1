namespace TaijiangGraph.Server.Cli;

/// <summary>
/// The configuration settings of a command line, taken out before the command is parsed: <c>--Section:Key=value</c>
/// or <c>--Section:Key value</c> for a section of <c>appsettings.json</c> (<see cref="Sections"/>), and
/// <c>--Key=value</c> or <c>--Key value</c> for a top-level host key (<see cref="Keys"/>). They override
/// <c>appsettings.json</c> and environment variables, as ASP.NET's command-line configuration does. Any other
/// <c>--word</c> is left to the command's parser, so a misspelt section or option still fails.
/// </summary>
public sealed class ConfigurationArguments
{
    /// <summary>Sections whose keys may be set: <c>--Database:Provider=PostgreSql</c>.</summary>
    public static readonly IReadOnlyList<string> Sections =
        ["Database", "Seed", "Auth", "Keys", "Audit", "Catalog", "Limits", "RateLimits", "TrustedDocuments", "Logging", "Kestrel"];

    /// <summary>Top-level keys that may be set: <c>--Urls=http://127.0.0.1:5081</c>, <c>--environment=Development</c>.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["Urls", "AllowedHosts", "Environment", "ApplicationName", "ContentRoot"];

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
                                     Sections: {string.Join(", ", Sections)}.
          --<Key>=<value>            Top-level keys: {string.Join(", ", Keys)}.
        """;

    /// <summary>Splits <paramref name="args"/>; nothing after a bare <c>--</c> is taken.</summary>
    /// <exception cref="ArgumentException">A setting without a value.</exception>
    public static ConfigurationArguments Split(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var remaining = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                remaining.AddRange(args.Skip(i));
                break;
            }

            if (KeyOf(args[i]) is not { } key)
            {
                remaining.Add(args[i]);
                continue;
            }

            var equals = args[i].IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                settings.Add($"--{key}={args[i][(equals + 1)..]}");
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add($"--{key}={args[++i]}");
            }
            else
            {
                throw new ArgumentException($"The setting '{args[i]}' needs a value: --{key}=<value>.");
            }
        }

        return new ConfigurationArguments(settings, remaining);
    }

    /// <summary>Whether <paramref name="optionName"/> (e.g. <c>--app</c>) would be taken as a setting.</summary>
    public static bool IsSetting(string optionName) => KeyOf(optionName) is not null;

    /// <summary>The configuration key of <c>--Key[=value]</c> when it names a known section's key or a known top-level key.</summary>
    private static string? KeyOf(string argument)
    {
        if (!argument.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        var key = equals < 0 ? argument[2..] : argument[2..equals];
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var known = colon < 0
            ? Keys.Contains(key, StringComparer.OrdinalIgnoreCase)
            : colon < key.Length - 1 && !key.EndsWith(':') && Sections.Contains(key[..colon], StringComparer.OrdinalIgnoreCase);
        return known ? key : null;
    }
}
