using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.HotSwap;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// The insider attacks of docs/policy.md and docs/audit.md replayed against a real server process (Kestrel on
/// 127.0.0.1, the README's defaults): a department signing itself in as the bureau, the bureau making itself a
/// resource's provider or widening another department's item, and the audit trail giving a queried ID number back.
/// Each used to work; each now fails.
/// </summary>
public sealed class InsiderReplayTests : IAsyncLifetime
{
    private const string People = "{ householdPeople(first: 5) { nodes { idNumber name maritalStatus } } }";

    private ServerProcess? _server;

    private ServerProcess Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _server = await ServerProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Seed__RecordsPerResource"] = "20" }
        );

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_department_token_signed_with_the_servers_own_key_but_claiming_the_bureau_is_refused_with_401()
    {
        var key = SigningKeys.FromKeyRing(new FileKeyRing(Server.DataFolder, TimeProvider.System).Current(KeyPurposes.JwtSigning));
        var now = DateTimeOffset.UtcNow;
        var escalated = TokenForge.Signed(
            key,
            "taijiang-graph-dev",
            "taijiang-graph",
            now.AddMinutes(-1),
            now.AddMinutes(10),
            "TJ-MZ",
            "bureau"
        );
        var honest = TokenForge.Signed(
            key,
            "taijiang-graph-dev",
            "taijiang-graph",
            now.AddMinutes(-1),
            now.AddMinutes(10),
            "TJ-DSJ",
            "bureau"
        );

        var refused = await Server.PostAsync(escalated, Body("{ verifyAuditChain { ok } }"));
        var served = await Server.PostAsync(honest, Body("{ verifyAuditChain { ok } }"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.True(served.DataWithoutErrors().GetProperty("verifyAuditChain").GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task The_bureau_cannot_make_itself_a_resources_provider_nor_widen_an_item_it_does_not_provide()
    {
        var bureau = await Server.TokenAsync("bureau-admin", "TJ-DSJ", "bureau");
        var next = CatalogVersions.Sample with { Version = 2 };

        var takeover = await PublishAsync(bureau, next.WithResource("household_person", r => r with { Provider = "TJ-DSJ" }));
        var widening = await PublishAsync(
            bureau,
            next.WithItem("household_person", "marital_status", i => i with { Sharing = Core.Catalog.SharingType.Unconditional })
        );

        Assert.Equal(("PROVIDER_CHANGED", "household_person"), (takeover.Code, takeover.Resource));
        Assert.Equal(("CHANGE_BY_NON_PROVIDER", "household_person"), (widening.Code, widening.Resource));
        var read = await Server.PostAsync(bureau, Body(People, "人口信息核查"));
        Assert.All(read.Data.GetProperty("householdPeople").GetProperty("nodes").EnumerateArray(), n =>
            Assert.Equal(JsonValueKind.Null, n.GetProperty("maritalStatus").ValueKind)
        );
    }

    [Fact]
    public async Task Two_lookups_differing_only_in_an_ID_literal_or_an_ID_named_alias_leave_one_signature_and_no_ID_in_the_trail()
    {
        string[] ids = ["350103199803034649", "350103200101017713"];
        var mz = await Server.TokenAsync("u-mz", "TJ-MZ", "department");
        string[] queries =
        [
            $"{{ householdPerson(idNumber: \"{ids[0]}\") {{ name }} }}",
            $"{{   householdPerson( idNumber:\"{ids[1]}\" ) {{ name }} }}",
            $"{{ p{ids[1]}: householdPerson(idNumber: \"{ids[1]}\") {{ name }} }}",
        ];
        foreach (var query in queries)
        {
            Assert.Equal(HttpStatusCode.OK, (await Server.PostAsync(mz, Body(query, "户籍信息核验"))).Status);
        }

        var bureau = await Server.TokenAsync("bureau-admin", "TJ-DSJ", "bureau");
        var log = await Server.PostAsync(
            bureau,
            Body(
                "{ auditLog(department: "
                    + "\"TJ-MZ\", "
                    + "first: 10) "
                    + "{ nodes { "
                    + "operationSignature "
                    + "signatureHash documentHash } } }"
            )
        );
        var nodes = log.DataWithoutErrors().GetProperty("auditLog").GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(3, nodes.Count);
        Assert.Single(nodes.Select(n => n.GetProperty("signatureHash").GetString()).Distinct());
        Assert.Equal(
            "query { householdPerson(idNumber: \"\") " + "{ name } }",
            Assert.Single(nodes.Select(n => n.GetProperty("operationSignature").GetString()).Distinct())
        );
        Assert.All(nodes, n => Assert.Equal(JsonValueKind.Null, n.GetProperty("documentHash").ValueKind));
        var trail = await TrailTextAsync();
        Assert.All(ids, id => Assert.DoesNotContain(id, trail + log.Text, StringComparison.Ordinal));
    }

    private async Task<(string? Code, string? Resource)> PublishAsync(string token, Core.Catalog.DataCatalog catalog)
    {
        var reply = await Server.PostAsync(
            token,
            JsonSerializer.Serialize(
                new { query = PublishCalls.Mutation, variables = new { catalog = CatalogVersions.Json(catalog), note = "越权测试" } }
            )
        );
        var result = reply.DataWithoutErrors().GetProperty("publishCatalog");
        Assert.False(result.GetProperty("published").GetBoolean());
        var violation = Assert.Single(result.GetProperty("violations").EnumerateArray().ToList());
        return (violation.GetProperty("code").GetString(), violation.GetProperty("resource").GetString());
    }

    /// <summary>Every text value of every row of every table of the running server's audit database.</summary>
    private async Task<string> TrailTextAsync()
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(Server.DataFolder, "audit.db"),
                Mode = SqliteOpenMode.ReadOnly,
            }.ToString()
        );
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(
                            reader.IsDBNull(i)
                                ? ""
                                : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)
                        )
                        .Append('|');
                }
            }
        }

        Assert.Contains("householdPerson", text.ToString(), StringComparison.Ordinal); // the rows were read
        return text.ToString();
    }

    private static string Body(string query, string? purpose = null) =>
        purpose is null ? JsonSerializer.Serialize(new { query }) : JsonSerializer.Serialize(new { query, extensions = new { purpose } });
}
