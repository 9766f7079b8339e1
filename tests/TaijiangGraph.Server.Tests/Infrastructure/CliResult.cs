namespace TaijiangGraph.Server.Tests.Infrastructure;

/// <summary>What a command of the server process printed and returned.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);
