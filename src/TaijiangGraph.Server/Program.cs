using TaijiangGraph.Server.Cli;
using TaijiangGraph.Server.Hosting;

CliCommand? command;
try
{
    command = CliCommand.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command is null ? args : [],
    ContentRootPath = AppContext.BaseDirectory, // appsettings.json beside the binaries, wherever the command is typed
});
builder.AddTaijiangServer(commandLineMode: command is not null);
var app = builder.Build();
app.MapTaijiangServer();
await app.InitializeTaijiangAsync();
if (command is not null)
{
    try
    {
        return await command.RunAsync(app, Console.Out);
    }
    catch (ArgumentException e)
    {
        await Console.Error.WriteLineAsync(e.Message);
        return 2;
    }
}

app.LogStartupHelp();
await app.RunAsync();
return 0;

/// <summary>The server's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
