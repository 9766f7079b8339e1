using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.TrustedDocuments;

namespace TaijiangGraph.Server.Tests.TrustedDocuments;

/// <summary>
/// README (Trusted documents): in production mode (<c>TrustedDocuments:Enforce</c>) an app principal runs only documents
/// registered for its app, by bare-hex or <c>sha256:</c> id; ad-hoc and unknown documents are refused with
/// <c>PERSISTED_DOCUMENT_NOT_FOUND</c>; department developers keep ad-hoc queries.
/// </summary>
public sealed class TrustedDocumentTests : IClassFixture<TaijiangServerFactory>, IAsyncLifetime
{
    private const string Me = "query Me { me { user department { name } } }";
    private const string OtherAppsDocument = "query Other { me { user } }";

    private readonly WebApplicationFactory<Program> _app;

    public TrustedDocumentTests(TaijiangServerFactory server)
    {
        _app = server.WithWebHostBuilder(b => b.UseSetting("TrustedDocuments:Enforce", "true"));
    }

    public async Task InitializeAsync()
    {
        var store = _app.Services.GetRequiredService<PersistedDocumentStore>();
        var manifest = PersistedDocumentManifest.Parse(
            $$"""{ "{{DocumentIds.Hash(Me)}}": {{System.Text.Json.JsonSerializer.Serialize(Me)}} }"""
        );
        await store.RegisterAsync("app1", manifest, CancellationToken.None);
        await store.RegisterAsync(
            "app2",
            new Dictionary<string, string> { [DocumentIds.Hash(OtherAppsDocument)] = OtherAppsDocument },
            CancellationToken.None
        );
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("")]
    [InlineData("sha256:")]
    public async Task An_app_runs_a_registered_document_by_id(string prefix)
    {
        var user = Trail.NewUser("app");

        var response = await _app.SendWithToken(
            AppToken(user, "app1"),
            JsonSerializer.Serialize(new { documentId = prefix + DocumentIds.Hash(Me) }),
            GraphQLRequests.GraphQLResponse
        );

        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        Assert.Null(TrustedDocumentBodies.FirstErrorCode(response.Text));
        Assert.Equal(user, TrustedDocumentBodies.MeUser(response.Text));
        var record = Assert.Single(await Trail.OfUser(_app, user));
        Assert.Equal(AuditOutcome.Allowed, record.Outcome);
        // The registered document is recorded by its signature, like an ad-hoc one (docs/audit.md).
        Assert.Equal(
            ("query { me { department { name " + "} user } }", Signatures.HashOf("query { me { department { name " + "} user } }")),
            (record.OperationSignature, record.SignatureHash)
        );
        Assert.Null(record.DocumentHash);
    }

    [Fact]
    public async Task An_app_runs_a_registered_document_by_apollo_persisted_query_hash()
    {
        var user = Trail.NewUser("app");
        var request = new { extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentIds.Hash(Me) } } };

        var response = await _app.SendWithToken(AppToken(user, "app1"), JsonSerializer.Serialize(request), GraphQLRequests.GraphQLResponse);

        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        Assert.Equal(user, TrustedDocumentBodies.MeUser(response.Text));
    }

    [Fact]
    public async Task An_app_runs_a_registered_document_with_get()
    {
        var user = Trail.NewUser("app");

        var response = await _app.GetWithToken(AppToken(user, "app1"), "documentId=sha256:" + DocumentIds.Hash(Me));

        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        Assert.Equal(user, TrustedDocumentBodies.MeUser(response.Text));
    }

    [Fact]
    public async Task A_batch_with_one_ad_hoc_query_from_an_app_is_refused_whole()
    {
        var user = Trail.NewUser("app");
        object[] batch = [new { documentId = DocumentIds.Hash(Me) }, new { query = Me }];

        var response = await _app.SendWithToken(AppToken(user, "app1"), JsonSerializer.Serialize(batch), GraphQLRequests.GraphQLResponse);

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Text);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentBodies.FirstErrorCode(response.Text));
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_apps_ad_hoc_query_is_refused(string accept, HttpStatusCode status)
    {
        var user = Trail.NewUser("app");

        var response = await _app.SendWithToken(AppToken(user, "app1"), GraphQLRequests.Body(Me, purpose: null), accept);

        Assert.True(response.Status == status, response.Text);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentBodies.FirstErrorCode(response.Text));
        Assert.DoesNotContain("\"data\"", response.Text, StringComparison.Ordinal);
        var record = Assert.Single(await Trail.OfUser(_app, user));
        Assert.Equal((AuditOutcome.Rejected, "PERSISTED_DOCUMENT_NOT_FOUND"), (record.Outcome, Assert.Single(record.Codes)));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:not-hex")]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e")]
    public async Task An_app_is_refused_an_unknown_id(string documentId)
    {
        var response = await _app.SendWithToken(
            AppToken(Trail.NewUser("app"), "app1"),
            JsonSerializer.Serialize(new { documentId }),
            GraphQLRequests.GraphQLResponse
        );

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Text);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentBodies.FirstErrorCode(response.Text));
    }

    [Fact]
    public async Task An_app_is_refused_another_apps_document()
    {
        var response = await _app.SendWithToken(
            AppToken(Trail.NewUser("app"), "app1"),
            JsonSerializer.Serialize(new { documentId = DocumentIds.Hash(OtherAppsDocument) }),
            GraphQLRequests.GraphQLResponse
        );

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Text);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentBodies.FirstErrorCode(response.Text));
    }

    [Fact]
    public async Task A_department_developers_ad_hoc_query_still_runs()
    {
        var user = Trail.NewUser("dev");

        var response = await _app.SendWithToken(
            AppToken(user, app: null),
            GraphQLRequests.Body(Me, purpose: null),
            GraphQLRequests.GraphQLResponse
        );

        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        Assert.Null(TrustedDocumentBodies.FirstErrorCode(response.Text));
        Assert.Equal(user, TrustedDocumentBodies.MeUser(response.Text));
    }

    [Fact]
    public async Task Sending_both_query_and_documentId_is_an_invalid_request()
    {
        var response = await _app.SendWithToken(
            AppToken(Trail.NewUser("app"), "app1"),
            JsonSerializer.Serialize(new { query = Me, documentId = DocumentIds.Hash(Me) }),
            GraphQLRequests.GraphQLResponse
        );

        Assert.True(response.Status == HttpStatusCode.BadRequest, response.Text);
        Assert.Equal("INVALID_REQUEST", TrustedDocumentBodies.FirstErrorCode(response.Text));
    }

    private string AppToken(string user, string? app) =>
        _app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, "TJ-MZ", ["department"], app: app);
}
