using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
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
        : this(new Dictionary<string, string>())
    {
    }

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
    public async Task<GraphQLReply> Send(string json, string accept, string department = "TJ-RS")
    {
        using var client = _server.CreateClient();
        var token = _server.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue("u-" + department.ToLowerInvariant(), department, [ExpectationMatrix.RoleOf(department)]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new GraphQLReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone(), text);
    }

    /// <summary>GETs one query with a purpose in the header, accepting <c>application/graphql-response+json</c>.</summary>
    public async Task<GraphQLReply> Get(string query, string department = "TJ-RS")
    {
        using var client = _server.CreateClient();
        var token = _server.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue("u-" + department.ToLowerInvariant(), department, [ExpectationMatrix.RoleOf(department)]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(DataGraphRequests.GraphQLResponseJson));
        client.DefaultRequestHeaders.Add("X-Data-Purpose", Uri.EscapeDataString(DataGraphRequests.DefaultPurpose));
        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return new GraphQLReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone(), text);
    }

    /// <summary>POSTs one query with a purpose.</summary>
    public Task<GraphQLReply> Query(string query, string accept = DataGraphRequests.GraphQLResponseJson, string department = "TJ-RS") =>
        Send(DataGraphRequests.Body(query), accept, department);

    public void Dispose()
    {
        _server.Dispose();
        _base.Dispose();
        GC.SuppressFinalize(this);
    }
}
