using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>The <c>token</c> command of the built server, run as a child process: one JWT on stdout, or exit code 2.</summary>
public sealed class TokenCommandTests
{
    [Fact]
    public async Task Token_prints_one_jwt_when_the_department_and_role_are_known()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "department");

        Assert.True(result.ExitCode == 0, $"token exited with {result.ExitCode}: {result.StandardError}");
        var line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var parts = line.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.All(parts, p => Assert.NotEmpty(p));
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(parts[1]));
        Assert.Equal("u1", payload.RootElement.GetProperty("sub").GetString());
        Assert.Equal("TJ-MZ", payload.RootElement.GetProperty("dept").GetString());
        Assert.Equal("department", payload.RootElement.GetProperty("role").GetString());
        using var header = JsonDocument.Parse(Base64UrlEncoder.Decode(parts[0]));
        Assert.Equal("HS256", header.RootElement.GetProperty("alg").GetString());
    }

    [Fact]
    public async Task Token_exits_with_2_when_the_department_is_unknown()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-XX", "--role", "department");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown department 'TJ-XX'", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Token_exits_with_2_when_the_role_is_unknown()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "admin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown role 'admin'", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Theory]
    [InlineData("TJ-MZ", "department", "bureau")]
    [InlineData("CITY-DSJ", "reviewer", "department")]
    public async Task Token_exits_with_2_when_the_department_may_not_hold_the_role(string department, string held, string role)
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", department, "--role", held, "--role", role);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Department {department} may not hold the role '{role}'", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Token_prints_a_jwt_with_every_role_when_the_department_may_hold_them()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "b1", "--dept", "TJ-DSJ", "--role", "bureau", "--role", "cdo");

        Assert.True(result.ExitCode == 0, $"token exited with {result.ExitCode}: {result.StandardError}");
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(result.StandardOutput.Trim().Split('.')[1]));
        Assert.Equal(["bureau", "cdo"], payload.RootElement.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Token_exits_with_2_when_an_option_is_missing()
    {
        var result = await ServerProcess.RunAsync("token", "--dept", "TJ-MZ", "--role", "department");

        CliAssert.Refused(result, "Option '--user' is required.", "token [options]");
    }

    [Fact]
    public async Task Help_lists_the_options()
    {
        var result = await ServerProcess.RunAsync("token", "--help");

        CliAssert.Help(
            result,
            "token [options]",
            "--user <user> (REQUIRED)",
            "--dept <dept> (REQUIRED)",
            "--role <role> (REQUIRED)",
            "--lifetime <lifetime>"
        );
    }

    [Fact]
    public async Task Token_exits_with_2_and_the_usage_when_an_option_is_unknown()
    {
        var result = await ServerProcess.RunAsync(
            "token",
            "--user",
            "u1",
            "--dept",
            "TJ-MZ",
            "--role",
            "department",
            "--department",
            "TJ-MZ"
        );

        CliAssert.Refused(result, "Unrecognized command or argument '--department'.", "token [options]");
    }

    [Theory]
    [InlineData("5x")]
    [InlineData("0h")]
    [InlineData("h")]
    public async Task Token_exits_with_2_and_the_usage_when_the_lifetime_is_malformed(string lifetime)
    {
        var result = await ServerProcess.RunAsync(
            "token",
            "--user",
            "u1",
            "--dept",
            "TJ-MZ",
            "--role",
            "department",
            "--lifetime",
            lifetime
        );

        CliAssert.Refused(result, $"--lifetime must look like 30m, 8h or 7d; got '{lifetime}'.", "token [options]");
    }

    [Fact]
    public async Task Token_takes_a_value_starting_with_an_at_as_it_is()
    {
        var result = await ServerProcess.RunAsync(
            "token",
            "--user",
            "u1",
            "--dept",
            "TJ-MZ",
            "--role",
            "department",
            "--name",
            "@names.txt"
        );

        Assert.True(result.ExitCode == 0, result.StandardError);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(result.StandardOutput.Trim().Split('.')[1]));
        Assert.Equal("@names.txt", payload.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Token_lasts_the_lifetime_asked()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "department", "--lifetime", "30m");

        Assert.True(result.ExitCode == 0, result.StandardError);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(result.StandardOutput.Trim().Split('.')[1]));
        var issued = payload.RootElement.GetProperty("iat").GetInt64();
        Assert.Equal(30 * 60, payload.RootElement.GetProperty("exp").GetInt64() - issued);
    }
}
