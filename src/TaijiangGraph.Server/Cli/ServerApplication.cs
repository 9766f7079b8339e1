namespace TaijiangGraph.Server.Cli;

/// <summary>Builds and initializes the server's application for a command (or for serving).</summary>
internal static class ServerApplication
{
    /// <summary>
    /// Builds the application from <c>appsettings.json</c> beside the binaries, environment variables and
    /// <paramref name="configuration"/>'s settings, validates the settings, then migrates and (when empty) seeds the
    /// database and loads the published catalog. In <paramref name="commandLineMode"/> logs go to stderr (Warning and above).
    /// </summary>
    /// <remarks>
    /// Runs in the entry point's flow: WebApplicationFactory takes the host that <c>Build</c> makes there.
    /// </remarks>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is invalid (see
    /// <see cref="InvalidSettings"/>).</exception>
    public static async Task<WebApplication> CreateAsync(ConfigurationArguments configuration, bool commandLineMode)
    {
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions
            {
                Args = [.. configuration.Settings],
                ContentRootPath = AppContext.BaseDirectory, // appsettings.json beside the binaries, wherever the command is typed
            }
        );
        builder.AddTaijiangServer(commandLineMode);
        var app = builder.Build();
        app.ValidateTaijiangSettings(); // a bad setting stops here: nothing opened, nothing served
        app.MapTaijiangServer();
        await app.InitializeTaijiangAsync();
        return app;
    }
}
