using TaijiangGraph.Server.Cli;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>Which arguments are configuration settings and which are left to the command's parser.</summary>
public sealed class ConfigurationArgumentsTests
{
    [Fact]
    public void Split_Should_TakeSectionKeysAndKnownTopLevelKeys_InBothForms()
    {
        var split = ConfigurationArguments.Split(
            ["--Database:Provider=PostgreSql", "token", "--seed:RecordsPerResource", "5", "--user", "u1", "--urls", "http://127.0.0.1:5081", "--Limits:ExecutionTimeout=00:00:01"]);

        Assert.Equal(["--Database:Provider=PostgreSql", "--seed:RecordsPerResource=5", "--urls=http://127.0.0.1:5081", "--Limits:ExecutionTimeout=00:00:01"], split.Settings);
        Assert.Equal(["token", "--user", "u1"], split.Remaining);
    }

    [Fact]
    public void Split_Should_TakeTheHostArgumentsOfWebApplicationFactory()
    {
        string[] args = ["--Database:DataFolder=/tmp/x", "--Database=", "--Seed:RecordsPerResource=60", "--Seed=", "--applicationName=TaijiangGraph.Server", "--contentRoot=/app/", "--environment=Development"];

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
    public void Split_Should_LeaveEverythingElseToTheParser(string argument)
    {
        var split = ConfigurationArguments.Split([argument]);

        Assert.Empty(split.Settings);
        Assert.Equal([argument], split.Remaining);
    }

    [Fact]
    public void Split_Should_TakeNothingAfterADoubleDash()
    {
        var split = ConfigurationArguments.Split(["--Seed:Enabled=false", "--", "--Database:Provider=Sqlite"]);

        Assert.Equal(["--Seed:Enabled=false"], split.Settings);
        Assert.Equal(["--", "--Database:Provider=Sqlite"], split.Remaining);
    }

    [Theory]
    [InlineData("--Database:Provider")]
    [InlineData("--Urls")]
    public void Split_Should_Refuse_When_ASettingHasNoValue(string setting)
    {
        var refused = Assert.Throws<ArgumentException>(() => ConfigurationArguments.Split([setting, "--help"]));

        Assert.Contains($"The setting '{setting}' needs a value", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommandOption_Should_BeTakenAsASetting()
    {
        var options = ServerCommandLine.Commands().SelectMany(c => c.Command.Options).SelectMany(o => o.Aliases.Append(o.Name)).ToList();

        Assert.Contains("--user", options);
        Assert.All(options, option => Assert.False(ConfigurationArguments.IsSetting(option), $"{option} would be taken as a setting."));
    }
}
