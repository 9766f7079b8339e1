using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>The <c>serve</c> command's help and refusals (serving itself is what every server-process test does).</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Help_describes_serving_and_starts_nothing()
    {
        var result = await ServerProcess.RunAsync("serve", "--help");

        CliAssert.Help(result, "serve [options]", "Serve GraphQL over HTTP");
    }

    [Fact]
    public async Task An_unknown_option_exits_with_2_and_the_usage()
    {
        var result = await ServerProcess.RunAsync("serve", "--port", "5081");

        CliAssert.Refused(result, "Unrecognized command or argument '--port'.", "serve [options]");
    }
}
