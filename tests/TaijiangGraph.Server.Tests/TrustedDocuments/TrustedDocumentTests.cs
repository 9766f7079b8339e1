using System.Net;
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
        var manifest = PersistedDocumentManifest.Parse($$"""{ "{{DocumentIds.Hash(Me)}}": {{System.Text.Json.JsonSerializer.Serialize(Me)}} }""");
        await store.RegisterAsync("app1", manifest, CancellationToken.None);
        await store.RegisterAsync("app2", new Dictionary<string, string> { [DocumentIds.Hash(OtherAppsDocument)] = OtherAppsDocument }, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("")]
    [InlineData("sha256:")]
    public async Task An_app_runs_a_registered_document_by_id(string prefix)
    {
        var user = Trail.NewUser("app");

        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(user, "app1"), new { documentId = prefix + DocumentIds.Hash(Me) });

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(TrustedDocumentHttp.FirstErrorCode(body));
        Assert.Equal(user, TrustedDocumentHttp.MeUser(body));
        var record = Assert.Single(await Trail.OfUser(_app, user));
        Assert.Equal(AuditOutcome.Allowed, record.Outcome);
        // The registered document is recorded by its signature, like an ad-hoc one (docs/audit.md).
        Assert.Equal(("query { me { department { name } user } }", Signatures.HashOf("query { me { department { name } user } }")), (record.OperationSignature, record.SignatureHash));
        Assert.Null(record.DocumentHash);
    }

    [Fact]
    public async Task An_app_runs_a_registered_document_by_apollo_persisted_query_hash()
    {
        var user = Trail.NewUser("app");
        var request = new { extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentIds.Hash(Me) } } };

        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(user, "app1"), request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(user, TrustedDocumentHttp.MeUser(body));
    }

    [Fact]
    public async Task An_app_runs_a_registered_document_with_get()
    {
        var user = Trail.NewUser("app");
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AppToken(user, "app1"));

        var response = await client.GetAsync(new Uri("/graphql?documentId=sha256:" + DocumentIds.Hash(Me), UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(user, TrustedDocumentHttp.MeUser(body));
    }

    [Fact]
    public async Task A_batch_with_one_ad_hoc_query_from_an_app_is_refused_whole()
    {
        var user = Trail.NewUser("app");
        object[] batch = [new { documentId = DocumentIds.Hash(Me) }, new { query = Me }];

        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(user, "app1"), batch);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentHttp.FirstErrorCode(body));
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_apps_ad_hoc_query_is_refused(string accept, HttpStatusCode status)
    {
        var user = Trail.NewUser("app");

        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(user, "app1"), new { query = Me }, accept);

        Assert.True(response.StatusCode == status, body);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentHttp.FirstErrorCode(body));
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
        var record = Assert.Single(await Trail.OfUser(_app, user));
        Assert.Equal((AuditOutcome.Rejected, "PERSISTED_DOCUMENT_NOT_FOUND"), (record.Outcome, Assert.Single(record.Codes)));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha256:not-hex")]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e")]
    public async Task An_app_is_refused_an_unknown_id(string documentId)
    {
        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(Trail.NewUser("app"), "app1"), new { documentId });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentHttp.FirstErrorCode(body));
    }

    [Fact]
    public async Task An_app_is_refused_another_apps_document()
    {
        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(Trail.NewUser("app"), "app1"), new { documentId = DocumentIds.Hash(OtherAppsDocument) });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", TrustedDocumentHttp.FirstErrorCode(body));
    }

    [Fact]
    public async Task A_department_developers_ad_hoc_query_still_runs()
    {
        var user = Trail.NewUser("dev");

        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(user, app: null), new { query = Me });

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(TrustedDocumentHttp.FirstErrorCode(body));
        Assert.Equal(user, TrustedDocumentHttp.MeUser(body));
    }

    [Fact]
    public async Task Sending_both_query_and_documentId_is_an_invalid_request()
    {
        var (response, body) = await TrustedDocumentHttp.PostAsync(_app, AppToken(Trail.NewUser("app"), "app1"), new { query = Me, documentId = DocumentIds.Hash(Me) });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("INVALID_REQUEST", TrustedDocumentHttp.FirstErrorCode(body));
    }

    private string AppToken(string user, string? app) =>
        _app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, "TJ-MZ", ["department"], app: app);
}
