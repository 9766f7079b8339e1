namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>What a command of the server process printed and returned, and whether it created its data folder.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Whether the process created the data folder it was given (Database__DataFolder): it built the application.</summary>
    public bool CreatedDataFolder { get; init; }

    /// <summary>How long the process ran.</summary>
    public TimeSpan Elapsed { get; init; }
}
