using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataIn;

/// <summary>
/// The push of <c>tax_payment</c> (docs/data-in.md, "The push") over HTTP on one test server: the mutation with its records as
/// variables, fresh payment ids per test, reads of the pushed records as a department, and their history through the record writer.
/// </summary>
public sealed class TaxPaymentPush(TaijiangServerFactory server)
{
    public const string Provider = "TJ-SW";

    /// <summary>The push with every result field.</summary>
    public const string Mutation =
        "mutation($r: [TaxPaymentInput!]!) { upsertTaxPayments(records: $r) { inserted updated unchanged "
        + "records { index version outcome changedItems } } }";

    public TaijiangServerFactory Server { get; } = server;

    /// <summary>A payment id no other test uses.</summary>
    public static string NewId() => "P-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Pushes <paramref name="records"/> (objects serialized as given: a member left out stays out, a null member is sent as
    /// null) with <paramref name="token"/>, without a purpose.</summary>
    public Task<GraphQLReply> PushAsync(string token, params object[] records) =>
        Server.QueryWithToken(token, Mutation, new { r = records }, purpose: null);

    /// <summary>Pushes as a user of the provider.</summary>
    public Task<GraphQLReply> PushAsync(params object[] records) => PushAsync(Server.TokenOf(Provider), records);

    /// <summary>The push's result; fails on any error.</summary>
    public async Task<JsonElement> PushOkAsync(params object[] records) =>
        (await PushAsync(records)).DataWithoutErrors().GetProperty("upsertTaxPayments");

    /// <summary>The records of <paramref name="ids"/> that <paramref name="department"/> reads, by payment id (<paramref name="fields"/>
    /// selected); the reply too, for its errors.</summary>
    public async Task<(GraphQLReply Reply, Dictionary<string, JsonElement> Rows)> ReadAsync(
        string department,
        IReadOnlyList<string> ids,
        string fields
    )
    {
        var reply = await Server.Query(
            department,
            "query($ids: [String!]) { taxPayments(where: { paymentId: { in: $ids } }, first: 100) { nodes { paymentId " + fields + " } } }",
            new { ids }
        );
        var rows = reply
            .Data.GetProperty("taxPayments")
            .GetProperty("nodes")
            .EnumerateArray()
            .ToDictionary(n => n.GetProperty("paymentId").GetString()!, n => n, StringComparer.Ordinal);
        return (reply, rows);
    }

    /// <summary>The provider's view of one record (every exposed item), or null when no record has the id.</summary>
    public async Task<JsonElement?> ProviderViewAsync(string id)
    {
        var reply = await Server.Query(
            Provider,
            "query($id: String!) { taxPayment(paymentId: $id) { "
                + "paymentId taxpayerId taxpayerName taxType period amount paidOn creditGrade } }",
            new { id }
        );
        var record = reply.DataWithoutErrors().GetProperty("taxPayment");
        return record.ValueKind == JsonValueKind.Null ? null : record;
    }

    /// <summary>The record's history as the record writer keeps it.</summary>
    public Task<IReadOnlyList<RecordHistoryEntry>> HistoryAsync(string id)
    {
        var catalog = SampleSeed.Load().Catalog;
        return Server.Services.GetRequiredService<IDatasetRecordWriter>().HistoryAsync(catalog, catalog.FindResource("tax_payment")!, id);
    }

    /// <summary>A credit code of a seeded market entity (a valid taxpayer id that links).</summary>
    public async Task<string> SeededCreditCodeAsync() =>
        (await Server.Query("TJ-SCJG", "{ marketEntities(first: 1) { nodes { creditCode } } }"))
            .DataWithoutErrors()
            .GetProperty("marketEntities")
            .GetProperty("nodes")[0]
            .GetProperty("creditCode")
            .GetString()!;
}
