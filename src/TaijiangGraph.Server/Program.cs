using TaijiangGraph.Server.Cli;

return await ServerCommandLine.RunAsync(args);

/// <summary>The server's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
