using Microsoft.Extensions.Options;

namespace TaijiangGraph.Server.Settings;

/// <summary>
/// One rule of a settings section (options named <paramref name="optionsName"/>, null: all): <paramref name="rule"/>
/// returns null when the settings pass, else the message, which names the configuration key and the value it had
/// (e.g. <c>Limits:MaxDepth must be between 1 and 1000 (was -1).</c>).
/// </summary>
internal sealed class SettingCheck<TOptions>(string? optionsName, Func<TOptions, string?> rule) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        optionsName is not null && optionsName != name ? ValidateOptionsResult.Skip
        : rule(options) is { } message ? ValidateOptionsResult.Fail(message)
        : ValidateOptionsResult.Success;
}
