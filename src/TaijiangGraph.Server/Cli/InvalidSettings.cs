using Microsoft.Extensions.Options;

namespace TaijiangGraph.Server.Cli;

/// <summary>The messages of settings that failed validation at start (each names its key), from the exception start-up threw.</summary>
internal static class InvalidSettings
{
    /// <summary>
    /// The failures of <paramref name="exception"/> when it is an <see cref="OptionsValidationException"/> or an
    /// <see cref="AggregateException"/> of only such (several sections failed); otherwise none.
    /// </summary>
    public static IReadOnlyList<string> Messages(Exception exception) =>
        exception switch
        {
            OptionsValidationException e => [.. e.Failures],
            AggregateException a when a.InnerExceptions.Count > 0 && a.InnerExceptions.All(i => i is OptionsValidationException) =>
            [
                .. a.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures),
            ],
            _ => [],
        };
}
