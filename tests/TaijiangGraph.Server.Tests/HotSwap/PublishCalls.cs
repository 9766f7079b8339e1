using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.HotSwap;

/// <summary>Calls <c>publishCatalog</c> over HTTP, by default as the bureau (TJ-DSJ, role bureau).</summary>
internal static class PublishCalls
{
    public const string Mutation =
        "mutation($catalog: String!, $note: String) { "
        + "publishCatalog(catalog: "
        + "$catalog, note: "
        + "$note) { "
        + "published version "
        + "violations { "
        + "code resource item message } } }";

    public static string BureauToken(this TaijiangServerFactory server) => server.Token("bureau-admin", "TJ-DSJ", "bureau");

    public static Task<GraphQLReply> PublishAsync(this TaijiangServerFactory server, string catalogJson, string? token = null) =>
        server.QueryWithToken(
            token ?? server.BureauToken(),
            Mutation,
            new { catalog = catalogJson, note = "热更新测试" },
            accept: GraphQLRequests.GraphQLResponse
        );

    /// <summary>Publishes as the bureau and asserts the version is now served.</summary>
    public static async Task PublishOrFailAsync(this TaijiangServerFactory server, DataCatalog catalog)
    {
        var result = (await server.PublishAsync(CatalogVersions.Json(catalog))).DataWithoutErrors().GetProperty("publishCatalog");
        Assert.True(result.GetProperty("published").GetBoolean(), result.ToString());
        Assert.Equal(catalog.Version, result.GetProperty("version").GetInt32());
        Assert.Equal(0, result.GetProperty("violations").GetArrayLength());
    }
}
