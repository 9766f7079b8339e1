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

    /// <summary><c>import</c>: the token is not valid (the GraphQL endpoint would answer 401); nothing was read or written.</summary>
    public const int Unauthenticated = 3;

    /// <summary><c>import</c>: the token's principal may not write the resource (only its provider department may); nothing was
    /// read or written.</summary>
    public const int Forbidden = 4;

    /// <summary><c>import</c>: the file or some of its rows were refused and nothing was written (without <c>--rejects</c>, any
    /// refused row; with it, a file refused as a whole, e.g. a cap or a malformed file). The reasons are on stderr.</summary>
    public const int ImportRefused = 5;
}
