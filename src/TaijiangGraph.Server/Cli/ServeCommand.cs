using System.CommandLine;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// <c>serve</c>, also what runs when no command is given: serves GraphQL over HTTP (<c>/graphql</c>, <c>/health</c>)
/// on the configured <c>Urls</c> (default http://localhost:5080) until stopped (Ctrl+C, SIGTERM).
/// </summary>
internal static class ServeCommand
{
    public const string Description =
        "Serve GraphQL over HTTP on the " + "configured Urls " + "(default " + "http://localhost:5080); the " + "default command.";

    public static Command Create(ConfigurationArguments configuration)
    {
        var command = new Command("serve", Description);
        command.SetAction((_, _) => RunAsync(configuration));
        return command;
    }

    /// <summary>Builds, initializes and runs the server until the host stops; returns 0.</summary>
    public static async Task<int> RunAsync(ConfigurationArguments configuration)
    {
        var app = await ServerApplication.CreateAsync(configuration, commandLineMode: false);
        app.LogStartupHelp();
        await app.RunAsync();
        return CliExitCodes.Success;
    }
}
