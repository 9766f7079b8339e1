using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>Assertions on what the server's command line printed.</summary>
public static class CliAssert
{
    /// <summary>Exit code 2, <paramref name="message"/> and the usage of <paramref name="usage"/> on stderr, nothing on stdout, no stack
    /// trace, nothing built.</summary>
    public static void Refused(CliResult result, string message, string usage)
    {
        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}; stderr: {result.StandardError}");
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"  TaijiangGraph.Server {usage}", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput);
        Assert.DoesNotContain("Exception", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.False(result.CreatedDataFolder, "A refused command line must not build the application.");
    }

    /// <summary>Exit code 0, the help of <paramref name="usage"/> on stdout with every one of <paramref name="lines"/>, nothing
    /// built.</summary>
    public static void Help(CliResult result, string usage, params string[] lines)
    {
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}; stderr: {result.StandardError}");
        Assert.Contains(
            $"Usage:\n  TaijiangGraph.Server {usage}",
            result.StandardOutput.ReplaceLineEndings("\n"),
            StringComparison.Ordinal
        );
        Assert.All(lines, line => Assert.Contains(line, result.StandardOutput, StringComparison.Ordinal));
        Assert.Contains("--<Section>:<Key>=<value>", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("", result.StandardError);
        Assert.False(result.CreatedDataFolder, "--help must not build the application.");
    }
}
