using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// The server's command line: <c>serve</c> (the default when no command is given) and the commands of
/// <see cref="Commands"/>, each with <c>--help</c>, all taking configuration settings (<see cref="ConfigurationArguments"/>).
/// An unknown command, option or argument, or a missing or malformed value, is exit code 2 with the message and the
/// usage on stderr; nothing is built or served then (docs/architecture.md, "Command line"). An invalid configuration
/// setting is exit code 1 with one line per failing setting on stderr (<see cref="InvalidSettings"/>).
/// </summary>
internal static class ServerCommandLine
{
    /// <summary>The commands besides <c>serve</c>, one file each in this folder.</summary>
    public static IReadOnlyList<CliCommand> Commands() =>
        [new TokenCommand(), new ExportSchemaCommand(), new RegisterDocumentsCommand(), new SeedCommand(), new ImportCommand()];

    /// <summary>Parses <paramref name="args"/> and runs the command they name; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Parses <paramref name="args"/> and runs the command they name, writing help and command output to
    /// <paramref name="output"/> and refusals to <paramref name="error"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ConfigurationArguments configuration;
        try
        {
            configuration = ConfigurationArguments.Split(args);
        }
        catch (ArgumentException e)
        {
            return Refuse([e.Message], Root(ConfigurationArguments.Split([]), output, error), [], error);
        }

        var root = Root(configuration, output, error);
        // '@x' is a value, not a file to read
        var parse = root.Parse([.. configuration.Remaining], new ParserConfiguration { ResponseFileTokenReplacer = null });
        var problems =
            parse.Errors.Count > 0
                ? parse.Errors.Select(e => e.Message).ToList()
                : parse.UnmatchedTokens.Select(t => $"Unrecognized command or argument '{t}'.").ToList(); // --help clears the errors
        if (problems.Count > 0)
        {
            return Refuse(problems, root, CommandPath(parse.CommandResult), error);
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = output,
                    Error = error,
                    EnableDefaultExceptionHandler = false, // WebApplicationFactory stops the entry point with an exception; let it pass
                    ProcessTerminationTimeout = null, // the host handles Ctrl+C and SIGTERM
                }
            );
        }
        catch (Exception e) when (InvalidSettings.Messages(e) is { Count: > 0 } messages)
        {
            foreach (var message in messages)
            {
                error.WriteLine("Invalid setting: " + message);
            }

            return CliExitCodes.InvalidSettings;
        }
    }

    private static RootCommand Root(ConfigurationArguments configuration, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("TaijiangGraph: the GraphQL data-sharing service of Taijiang District. Without a command it serves.");
        root.Add(ServeCommand.Create(configuration));
        foreach (var command in Commands())
        {
            command.Command.SetAction((parse, _) => command.InvokeAsync(parse, configuration, output, error));
            root.Add(command.Command);
        }

        root.SetAction((_, _) => ServeCommand.RunAsync(configuration));
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithConfigurationAction((SynchronousCommandLineAction)help.Action!);
        return root;
    }

    /// <summary>The names of the commands from the root to <paramref name="result"/>, the root excluded.</summary>
    private static List<string> CommandPath(CommandResult result)
    {
        var path = new List<string>();
        for (var current = result; current.Parent is CommandResult parent; current = parent)
        {
            path.Insert(0, current.Command.Name);
        }

        return path;
    }

    /// <summary>Writes the problems and then the usage of the command at <paramref name="path"/> to <paramref name="error"/>; returns
    /// 2.</summary>
    private static int Refuse(IEnumerable<string> problems, RootCommand root, IReadOnlyList<string> path, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        error.WriteLine();
        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = error, Error = error });
        return CliExitCodes.Refused;
    }
}
