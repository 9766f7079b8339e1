using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// The audit tests' defaults on <see cref="GraphQLRequests"/>: tokens carrying a display name and an app, and the
/// purpose the usage records must show.
/// </summary>
public static class AuditHttp
{
    public const string Purpose = "审计测试：核对使用记录";

    /// <summary>A development token minted by the hosted server's own issuer.</summary>
    public static string Token(
        WebApplicationFactory<Program> app,
        string user,
        string dept,
        string role = "department",
        string? name = null,
        string? client = null
    ) => app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, dept, [role], name, client);

    /// <summary>POSTs one query through <see cref="GraphQLRequests.QueryWithToken"/>, with <see cref="Purpose"/> unless told
    /// otherwise.</summary>
    public static Task<GraphQLReply> Post(
        WebApplicationFactory<Program> app,
        string token,
        string query,
        string? purpose = Purpose,
        object? variables = null,
        string? operationName = null,
        string? accept = null
    ) => app.QueryWithToken(token, query, variables, purpose, operationName, accept);
}
