using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Cli;

/// <summary>The <c>token</c> command of the built server, run as a child process: one JWT on stdout, or exit code 2.</summary>
public sealed class TokenCommandTests
{
    [Fact]
    public async Task Token_Should_PrintOneJwt_When_TheDepartmentAndRoleAreKnown()
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
    public async Task Token_Should_ExitWith2_When_TheDepartmentIsUnknown()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-XX", "--role", "department");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown department 'TJ-XX'", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Token_Should_ExitWith2_When_TheRoleIsUnknown()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "admin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown role 'admin'", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Theory]
    [InlineData("TJ-MZ", "department", "bureau")]
    [InlineData("CITY-DSJ", "reviewer", "department")]
    public async Task Token_Should_ExitWith2_When_TheDepartmentMayNotHoldTheRole(string department, string held, string role)
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", department, "--role", held, "--role", role);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Department {department} may not hold the role '{role}'", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Token_Should_PrintAJwtWithEveryRole_When_TheDepartmentMayHoldThem()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "b1", "--dept", "TJ-DSJ", "--role", "bureau", "--role", "cdo");

        Assert.True(result.ExitCode == 0, $"token exited with {result.ExitCode}: {result.StandardError}");
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(result.StandardOutput.Trim().Split('.')[1]));
        Assert.Equal(["bureau", "cdo"], payload.RootElement.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Token_Should_ExitWith2_When_AnOptionIsMissing()
    {
        var result = await ServerProcess.RunAsync("token", "--dept", "TJ-MZ", "--role", "department");

        CliAssert.Refused(result, "Option '--user' is required.", "token [options]");
    }

    [Fact]
    public async Task Help_Should_ListTheOptions()
    {
        var result = await ServerProcess.RunAsync("token", "--help");

        CliAssert.Help(result, "token [options]", "--user <user> (REQUIRED)", "--dept <dept> (REQUIRED)", "--role <role> (REQUIRED)", "--lifetime <lifetime>");
    }

    [Fact]
    public async Task Token_Should_ExitWith2AndTheUsage_When_AnOptionIsUnknown()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "department", "--department", "TJ-MZ");

        CliAssert.Refused(result, "Unrecognized command or argument '--department'.", "token [options]");
    }

    [Theory]
    [InlineData("5x")]
    [InlineData("0h")]
    [InlineData("h")]
    public async Task Token_Should_ExitWith2AndTheUsage_When_TheLifetimeIsMalformed(string lifetime)
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "department", "--lifetime", lifetime);

        CliAssert.Refused(result, $"--lifetime must look like 30m, 8h or 7d; got '{lifetime}'.", "token [options]");
    }

    [Fact]
    public async Task Token_Should_TakeAValueStartingWithAnAt_AsItIs()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "department", "--name", "@names.txt");

        Assert.True(result.ExitCode == 0, result.StandardError);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(result.StandardOutput.Trim().Split('.')[1]));
        Assert.Equal("@names.txt", payload.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Token_Should_LastTheLifetimeAsked()
    {
        var result = await ServerProcess.RunAsync("token", "--user", "u1", "--dept", "TJ-MZ", "--role", "department", "--lifetime", "30m");

        Assert.True(result.ExitCode == 0, result.StandardError);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(result.StandardOutput.Trim().Split('.')[1]));
        var issued = payload.RootElement.GetProperty("iat").GetInt64();
        Assert.Equal(30 * 60, payload.RootElement.GetProperty("exp").GetInt64() - issued);
    }
}
