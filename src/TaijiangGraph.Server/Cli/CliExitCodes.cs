namespace TaijiangGraph.Server.Cli;

/// <summary>The exit codes of the server's command line.</summary>
internal static class CliExitCodes
{
    /// <summary>The command did its work (or printed the help asked for).</summary>
    public const int Success = 0;

    /// <summary>A configuration setting is invalid: one line per failing setting on stderr, naming its key; nothing was opened or
    /// served.</summary>
    public const int InvalidSettings = 1;

    /// <summary>
    /// Refused: an unknown command, option or argument, a missing or malformed value (the message and the usage
    /// are on stderr), or a value the command refuses (e.g. a role the department may not hold; the message is on stderr).
    /// </summary>
    public const int Refused = 2;
}
