using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>The <c>export-schema</c> command's help, refusals and configuration settings (its output: SchemaFileTests).</summary>
public sealed class ExportSchemaCommandTests
{
    [Fact]
    public async Task Help_describes_the_command()
    {
        var result = await ServerProcess.RunAsync("export-schema", "--help");

        CliAssert.Help(result, "export-schema [options]", "Print the GraphQL schema");
    }

    [Fact]
    public async Task An_unknown_option_exits_with_2_and_the_usage()
    {
        var result = await ServerProcess.RunAsync("export-schema", "--format", "json");

        CliAssert.Refused(result, "Unrecognized command or argument '--format'.", "export-schema [options]");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_setting_overrides_the_environment(bool withEquals)
    {
        var folder = Path.Combine(Path.GetTempPath(), "taijiang-cli-setting-" + Guid.NewGuid().ToString("N"));
        try
        {
            string[] setting = withEquals ? [$"--Database:DataFolder={folder}"] : ["--database:datafolder", folder];
            var result = await ServerProcess.RunAsync(["export-schema", .. setting]);

            Assert.True(result.ExitCode == 0, result.StandardError);
            Assert.StartsWith("\"TaijiangGraph, catalog version 1\"", result.StandardOutput, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "taijiang.db")), "The data folder of the setting was not used.");
            Assert.False(result.CreatedDataFolder, "The data folder of the environment was used.");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
