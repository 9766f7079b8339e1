using System.CommandLine;
using System.CommandLine.Invocation;

namespace TaijiangGraph.Server.Cli;

/// <summary>The help of System.CommandLine followed by the configuration settings every command takes
/// (<see cref="ConfigurationArguments.HelpText"/>).</summary>
internal sealed class HelpWithConfigurationAction(SynchronousCommandLineAction help) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ConfigurationArguments.HelpText);
        parseResult.InvocationConfiguration.Output.WriteLine();
        return code;
    }
}
