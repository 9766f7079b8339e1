using System.Globalization;
using Microsoft.Extensions.Options;
using TaijiangGraph.Server.Settings;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binding and validation of the server's settings sections (README, "Configuration"): a section is bound from the
/// configuration, every rule names the key it checks, and a failing rule stops start-up
/// (<see cref="OptionsBuilderExtensions.ValidateOnStart{TOptions}"/>) with an <see cref="OptionsValidationException"/>.
/// </summary>
internal static class SettingsOptionsBuilderExtensions
{
    /// <summary>
    /// Binds the configuration section <paramref name="section"/>; a value the binder cannot convert (e.g.
    /// <c>Database:Provider=Oracle</c>, <c>Limits:MaxDepth=deep</c>) fails validation with the binder's message, which names the key.
    /// </summary>
    public static OptionsBuilder<TOptions> BindSection<TOptions>(this OptionsBuilder<TOptions> builder, string section)
        where TOptions : class =>
        builder.Configure<IConfiguration>(
            (options, configuration) =>
            {
                try
                {
                    configuration.GetSection(section).Bind(options);
                }
                catch (InvalidOperationException e)
                {
                    throw new OptionsValidationException(builder.Name, typeof(TOptions), [e.Message]);
                }
            }
        );

    /// <summary>Adds a rule: <paramref name="rule"/> returns null when the settings pass, else a message naming the key.</summary>
    public static OptionsBuilder<TOptions> Check<TOptions>(this OptionsBuilder<TOptions> builder, Func<TOptions, string?> rule)
        where TOptions : class
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new SettingCheck<TOptions>(builder.Name, rule));
        return builder;
    }

    /// <summary>Requires <paramref name="value"/> between <paramref name="min"/> and <paramref name="max"/> (inclusive) for the key
    /// <paramref name="key"/>.</summary>
    public static OptionsBuilder<TOptions> CheckRange<TOptions>(
        this OptionsBuilder<TOptions> builder,
        string key,
        Func<TOptions, long> value,
        long min,
        long max
    )
        where TOptions : class =>
        builder.Check(o =>
            value(o) is var v && (v < min || v > max)
                ? string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min} and {max} (was {v}).")
                : null
        );

    /// <summary>Requires a non-empty <paramref name="value"/> for the key <paramref name="key"/>.</summary>
    public static OptionsBuilder<TOptions> CheckRequired<TOptions>(
        this OptionsBuilder<TOptions> builder,
        string key,
        Func<TOptions, string?> value
    )
        where TOptions : class => builder.Check(o => string.IsNullOrWhiteSpace(value(o)) ? $"{key} must not be empty." : null);
}
