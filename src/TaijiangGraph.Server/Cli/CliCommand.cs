namespace TaijiangGraph.Server.Cli;

/// <summary>A command-line command of the server (<c>token</c>, <c>export-schema</c>, <c>register-documents</c>) instead of serving HTTP.</summary>
public abstract class CliCommand
{
    /// <summary>The command named by the first argument, or null to run the server.</summary>
    /// <exception cref="ArgumentException">Bad arguments; the message says which.</exception>
    public static CliCommand? Parse(string[] args) => args.FirstOrDefault() switch
    {
        "token" => TokenCommand.FromArguments(args[1..]),
        "export-schema" => new ExportSchemaCommand(),
        "register-documents" => RegisterDocumentsCommand.FromArguments(args[1..]),
        _ => null,
    };

    /// <summary>Runs the command against the initialized application; returns the process exit code.</summary>
    public abstract Task<int> RunAsync(WebApplication app, TextWriter output);
}
