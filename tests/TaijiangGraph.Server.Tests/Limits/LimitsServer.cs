using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Tests.Shared;

namespace TaijiangGraph.Server.Tests.Limits;

/// <summary>
/// The test server with the default query limits (or, in a subclass, settings on top) and a <see cref="DatasetCommandCounter"/>;
/// one per test class. Requests go out as a sample department's user with a purpose.
/// </summary>
public class LimitsServer : IDisposable
{
    private readonly TaijiangServerFactory _base = new();
    private readonly WebApplicationFactory<Program> _server;

    public LimitsServer()
        : this(new Dictionary<string, string>()) { }

    protected LimitsServer(IReadOnlyDictionary<string, string> settings, params IInterceptor[] interceptors)
    {
        _server = _base.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IInterceptor>(Commands);
                foreach (var interceptor in interceptors)
                {
                    services.AddSingleton(interceptor);
                }
            });
        });
    }

    public DatasetCommandCounter Commands { get; } = new();

    /// <summary>The server's log lines.</summary>
    public IReadOnlyList<string> LogLines => _base.Logs.Lines;

    /// <summary>POSTs a raw JSON body as a user of <paramref name="department"/> and returns status, media type and body.</summary>
    public Task<GraphQLReply> Send(string json, string accept, string department = "TJ-RS") =>
        _server.SendWithToken(TokenOf(department), json, accept);

    /// <summary>GETs one query with a purpose in the header, accepting <c>application/graphql-response+json</c>.</summary>
    public Task<GraphQLReply> Get(string query, string department = "TJ-RS") =>
        _server.GetWithToken(
            TokenOf(department),
            GraphQLRequests.QueryString(query, purpose: null),
            GraphQLRequests.GraphQLResponse,
            new Dictionary<string, string> { ["X-Data-Purpose"] = Uri.EscapeDataString(GraphQLRequests.DefaultPurpose) }
        );

    /// <summary>POSTs one query with a purpose.</summary>
    public Task<GraphQLReply> Query(string query, string accept = GraphQLRequests.GraphQLResponse, string department = "TJ-RS") =>
        Send(GraphQLRequests.Body(query), accept, department);

    public void Dispose()
    {
        _server.Dispose();
        _base.Dispose();
        GC.SuppressFinalize(this);
    }

    private string TokenOf(string department) =>
        _server
            .Services.GetRequiredService<DevelopmentTokenIssuer>()
            .Issue("u-" + department.ToLowerInvariant(), department, [ExpectationMatrix.RoleOf(department)]);
}
