using TaijiangGraph.Server.Cli;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>Which arguments are configuration settings and which are left to the command's parser.</summary>
public sealed class ConfigurationArgumentsTests
{
    [Fact]
    public void Split_takes_section_keys_and_known_top_level_keys_in_both_forms()
    {
        var split = ConfigurationArguments.Split([
            "--Database:Provider=PostgreSql",
            "token",
            "--seed:RecordsPerResource",
            "5",
            "--user",
            "u1",
            "--urls",
            "http://127.0.0.1:5081",
            "--Limits:ExecutionTimeout=00:00:01",
        ]);

        Assert.Equal(
            [
                "--Database:Provider=PostgreSql",
                "--seed:RecordsPerResource=5",
                "--urls=http://127.0.0.1:5081",
                "--Limits:ExecutionTimeout=00:00:01",
            ],
            split.Settings
        );
        Assert.Equal(["token", "--user", "u1"], split.Remaining);
    }

    [Fact]
    public void Split_takes_the_host_arguments_of_WebApplicationFactory()
    {
        string[] args =
        [
            "--Database:DataFolder=/tmp/x",
            "--Database=",
            "--Seed:RecordsPerResource=60",
            "--Seed=",
            "--applicationName=TaijiangGraph.Server",
            "--contentRoot=/app/",
            "--environment=Development",
        ];

        var split = ConfigurationArguments.Split(args);

        Assert.Equal(args, split.Settings);
        Assert.Empty(split.Remaining);
    }

    [Theory]
    [InlineData("--Database=")] // a section node without any key of the section
    [InlineData("--Database")]
    [InlineData("--Databse=x")]
    [InlineData("--:Provider=x")]
    [InlineData("--Database:=x")]
    [InlineData("--user")]
    [InlineData("serve")]
    public void Split_leaves_everything_else_to_the_parser(string argument)
    {
        var split = ConfigurationArguments.Split([argument]);

        Assert.Empty(split.Settings);
        Assert.Equal([argument], split.Remaining);
    }

    [Fact]
    public void Split_takes_nothing_after_a_double_dash()
    {
        var split = ConfigurationArguments.Split(["--Seed:Enabled=false", "--", "--Database:Provider=Sqlite"]);

        Assert.Equal(["--Seed:Enabled=false"], split.Settings);
        Assert.Equal(["--", "--Database:Provider=Sqlite"], split.Remaining);
    }

    [Theory]
    [InlineData("--Database:Provider")]
    [InlineData("--Urls")]
    public void Split_refuses_when_a_setting_has_no_value(string setting)
    {
        var refused = Assert.Throws<ArgumentException>(() => ConfigurationArguments.Split([setting, "--help"]));

        Assert.Contains($"The setting '{setting}' needs a value", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_of_no_command_is_taken_as_a_setting()
    {
        var options = ServerCommandLine.Commands().SelectMany(c => c.Command.Options).SelectMany(o => o.Aliases.Append(o.Name)).ToList();

        Assert.Contains("--user", options);
        Assert.All(options, option => Assert.False(ConfigurationArguments.IsSetting(option), $"{option} would be taken as a setting."));
    }
}
