using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Server.Identity;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// <c>token --user u1 --dept TJ-MZ --role department [--role cdo] [--name 张三] [--app app1] [--lifetime 8h]</c>:
/// prints a development token signed with the key ring's key. Unknown departments and roles, and roles the
/// department may not hold (its catalog entry's <c>roles</c>), are refused.
/// </summary>
internal sealed class TokenCommand : CliCommand
{
    private readonly Option<string> _user = new("--user") { Description = "The user id (the token's sub).", Required = true };
    private readonly Option<string> _department = new("--dept") { Description = "The department code, e.g. TJ-MZ.", Required = true };
    private readonly Option<string[]> _roles = new("--role")
    {
        Description = "A role the department " + "may hold " + "(repeatable).",
        Required = true,
    };
    private readonly Option<string> _name = new("--name") { Description = "The user's display name." };
    private readonly Option<string> _app = new("--app") { Description = "The app id the token is for (trusted documents)." };

    private readonly Option<TimeSpan?> _lifetime = new("--lifetime")
    {
        Description = "How long the token is valid: 30m, 8h or 7d.",
        CustomParser = ParseLifetime,
    };

    public TokenCommand()
        : base("token", "Print a development token (JWT) signed with the key ring's key.")
    {
        Command.Add(_user);
        Command.Add(_department);
        Command.Add(_roles);
        Command.Add(_name);
        Command.Add(_app);
        Command.Add(_lifetime);
    }

    protected override Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output)
    {
        var code = parse.GetRequiredValue(_department);
        var roles = parse.GetRequiredValue(_roles);
        var catalog = app.Services.GetRequiredService<CatalogState>().Current;
        var department = catalog.FindDepartment(code)
            ?? throw new ArgumentException(
                $"Unknown department '{code}'. Known: {string.Join(", ", catalog.Departments.Select(d => d.Code))}."
            );

        var unknown = roles.Where(r => !Core.Identity.Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown role '{unknown[0]}'. Known: {string.Join(", ", Core.Identity.Roles.All.Order(StringComparer.Ordinal))}."
            );
        }

        var refused = roles.Where(r => !department.MayHold(r)).ToList();
        if (refused.Count > 0)
        {
            throw new ArgumentException(
                $"Department {department.Code} may not hold the role '{refused[0]}'; "
                    + $"its roles: {string.Join(", ", department.Roles)}. The server refuses such a token."
            );
        }

        var token = app
            .Services.GetRequiredService<DevelopmentTokenIssuer>()
            .Issue(parse.GetRequiredValue(_user), code, roles, parse.GetValue(_name), parse.GetValue(_app), parse.GetValue(_lifetime));
        output.WriteLine(token);
        return Task.FromResult(CliExitCodes.Success);
    }

    private static TimeSpan? ParseLifetime(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (
            text.Length > 1
            && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n > 0
            && text[^1] is 'm' or 'h' or 'd'
        )
        {
            return text[^1] switch
            {
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }

        result.AddError($"--lifetime must look like 30m, 8h or 7d; got '{text}'.");
        return null;
    }
}
