using System.Globalization;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Server.Identity;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// <c>token --user u1 --dept TJ-MZ --role department [--role cdo] [--name 张三] [--app app1] [--lifetime 8h]</c>:
/// prints a development token signed with the key ring's key. Unknown departments and roles, and roles the
/// department may not hold (its catalog entry's <c>roles</c>), are refused.
/// </summary>
public sealed class TokenCommand : CliCommand
{
    public required string User { get; init; }
    public required string Department { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public string? Name { get; init; }
    public string? App { get; init; }
    public TimeSpan? Lifetime { get; init; }

    public static TokenCommand FromArguments(string[] args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--option value', got '{args[i]}'.");
            }

            var key = args[i][2..];
            if (key is not ("user" or "dept" or "role" or "name" or "app" or "lifetime"))
            {
                throw new ArgumentException($"Unknown option --{key}. Options: --user --dept --role (repeatable) --name --app --lifetime.");
            }

            values.TryAdd(key, []);
            values[key].Add(args[i + 1]);
        }

        string One(string key) => values.TryGetValue(key, out var v) ? v[^1] : throw new ArgumentException($"--{key} is required.");
        string? Optional(string key) => values.TryGetValue(key, out var v) ? v[^1] : null;
        return new TokenCommand
        {
            User = One("user"),
            Department = One("dept"),
            Roles = values.TryGetValue("role", out var roles) ? roles : throw new ArgumentException("--role is required."),
            Name = Optional("name"),
            App = Optional("app"),
            Lifetime = Optional("lifetime") is { } l ? ParseLifetime(l) : null,
        };
    }

    public override Task<int> RunAsync(WebApplication app, TextWriter output)
    {
        var catalog = app.Services.GetRequiredService<CatalogState>().Current;
        var department = catalog.FindDepartment(Department);
        if (department is null)
        {
            throw new ArgumentException($"Unknown department '{Department}'. Known: {string.Join(", ", catalog.Departments.Select(d => d.Code))}.");
        }

        var unknown = Roles.Where(r => !Core.Identity.Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown role '{unknown[0]}'. Known: {string.Join(", ", Core.Identity.Roles.All.Order(StringComparer.Ordinal))}.");
        }

        var refused = Roles.Where(r => !department.MayHold(r)).ToList();
        if (refused.Count > 0)
        {
            throw new ArgumentException(
                $"Department {department.Code} may not hold the role '{refused[0]}'; its roles: {string.Join(", ", department.Roles)}. The server refuses such a token.");
        }

        output.WriteLine(app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(User, Department, Roles, Name, App, Lifetime));
        return Task.FromResult(0);
    }

    private static TimeSpan ParseLifetime(string text)
    {
        var unit = text[^1];
        if (int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && unit is 'm' or 'h' or 'd')
        {
            return unit switch { 'm' => TimeSpan.FromMinutes(n), 'h' => TimeSpan.FromHours(n), _ => TimeSpan.FromDays(n) };
        }

        throw new ArgumentException($"--lifetime must look like 30m, 8h or 7d; got '{text}'.");
    }
}
