using System.Net;
using System.Net.Sockets;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>The server's command line as a whole, run as the built server process: the command list, unknown words, settings.</summary>
public sealed class ServerCommandLineTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var result = await ServerProcess.RunAsync("--help");

        CliAssert.Help(result, "[command] [options]", "serve", "token", "export-schema", "register-documents <manifest>");
    }

    [Fact]
    public async Task An_unknown_command_exits_with_2_and_the_usage_and_starts_nothing()
    {
        var port = FreePort();
        var run = ServerProcess.RunAsync(new Dictionary<string, string> { ["Urls"] = $"http://127.0.0.1:{port}" }, "no-such-command");
        var answered = false;
        while (!run.IsCompleted)
        {
            answered |= await Answers(port);
            await Task.Delay(100);
        }

        var result = await run;
        CliAssert.Refused(result, "Unrecognized command or argument 'no-such-command'.", "[command] [options]");
        Assert.Contains("register-documents <manifest>", result.StandardError, StringComparison.Ordinal);
        Assert.False(answered, $"Something listened on port {port}.");
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(30), $"It ran for {result.Elapsed}.");
    }

    [Fact]
    public async Task An_unknown_command_exits_with_2_when_help_is_asked()
    {
        var result = await ServerProcess.RunAsync("rotate-keys", "--help");

        CliAssert.Refused(result, "Unrecognized command or argument 'rotate-keys'.", "[command] [options]");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--Databse=x")]
    [InlineData("--user")]
    public async Task An_unknown_option_exits_with_2_and_the_usage(string option)
    {
        var result = await ServerProcess.RunAsync(option);

        CliAssert.Refused(result, $"Unrecognized command or argument '{option}'.", "[command] [options]");
    }

    [Fact]
    public async Task A_setting_without_a_value_exits_with_2_and_the_usage()
    {
        var result = await ServerProcess.RunAsync("export-schema", "--Database:DataFolder");

        CliAssert.Refused(result, "The setting '--Database:DataFolder' needs a value", "[command] [options]");
    }

    private static async Task<bool> Answers(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
