using System.CommandLine;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// A subcommand of the server's command line that works on the initialized application instead of serving HTTP
/// (<c>token</c>, <c>export-schema</c>, <c>register-documents</c>). Each command declares its options and
/// arguments on <see cref="Command"/>; the parser refuses anything else. Its output goes to stdout, logs to stderr.
/// </summary>
internal abstract class CliCommand
{
    protected CliCommand(string name, string description) => Command = new Command(name, description);

    /// <summary>The command's name, description, options and arguments.</summary>
    public Command Command { get; }

    /// <summary>
    /// Builds the application with <paramref name="configuration"/> and runs the command; an
    /// <see cref="ArgumentException"/> from the command is exit code <see cref="CliExitCodes.Refused"/> with its message on stderr.
    /// </summary>
    public async Task<int> InvokeAsync(ParseResult parse, ConfigurationArguments configuration, TextWriter output, TextWriter error)
    {
        await using var app = await ServerApplication.CreateAsync(configuration, commandLineMode: true);
        try
        {
            return await RunAsync(app, parse, output, error);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message);
            return CliExitCodes.Refused;
        }
    }

    /// <summary>Runs against the initialized application; returns the exit code.</summary>
    /// <exception cref="ArgumentException">A value the command refuses; the message says which.</exception>
    protected abstract Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output);

    /// <summary>Runs against the initialized application with refusals going to <paramref name="error"/> (by default to the
    /// command's own <see cref="Console.Error"/> use); returns the exit code.</summary>
    /// <exception cref="ArgumentException">A value the command refuses; the message says which.</exception>
    protected virtual Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output, TextWriter error) =>
        RunAsync(app, parse, output);
}
