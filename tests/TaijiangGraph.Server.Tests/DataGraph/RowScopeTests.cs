using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Masking;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// docs/policy.md (Row scope): TJ-RS reads subsistence_allowance.id_number and .phone only through a grant scoped to street = 苍霞;
/// a query that reads or filters by them sees only 苍霞 rows — in its nodes, counts, lookups and by-key reads.
/// </summary>
public sealed class RowScopeTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Scoped = "苍霞";

    [Fact]
    public async Task Reading_a_scoped_item_sees_only_the_rows_in_scope_with_masked_values()
    {
        var all = await ProviderRows();
        var inScope = all.Where(r => Street(r) == Scoped).ToList();

        var reply = await server.Query("TJ-RS", "{ subsistenceAllowances(first: 100) { nodes { caseNo phone street } totalCount } }");

        Assert.Empty(reply.Errors);
        var page = reply.Data.GetProperty("subsistenceAllowances");
        var rows = page.GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(inScope);
        Assert.True(all.Count > inScope.Count, "The sample has rows in other streets.");
        Assert.Equal(inScope.Count, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(inScope.Select(CaseNo), rows.Select(CaseNo));
        Assert.All(rows, r => Assert.Equal(Scoped, Street(r)));
        Assert.Equal(
            inScope.Select(r => Masker.Apply(MaskingRule.Phone, r.GetProperty("phone").GetString(), () => default)),
            rows.Select(r => r.GetProperty("phone").GetString())
        );
    }

    [Fact]
    public async Task Reading_only_unscoped_items_sees_every_row()
    {
        var all = await ProviderRows();

        var reply = await server.Query("TJ-RS", "{ subsistenceAllowances(first: 100) { nodes { caseNo street category } totalCount } }");

        Assert.Empty(reply.Errors);
        var page = reply.Data.GetProperty("subsistenceAllowances");
        Assert.Equal(all.Count, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(all.Select(CaseNo), page.GetProperty("nodes").EnumerateArray().Select(CaseNo));
        Assert.Contains(page.GetProperty("nodes").EnumerateArray(), r => Street(r) != Scoped);
    }

    [Fact]
    public async Task A_lookup_of_a_person_outside_the_scope_finds_nothing_and_one_inside_finds_the_masked_record()
    {
        var all = await ProviderRows();
        var outside = all.First(r => Street(r) != Scoped);
        var inside = all.First(r => Street(r) == Scoped);
        const string Lookup =
            "query($id: String) { "
            + "subsistenceAllowances(where: { "
            + "idNumber: { eq: "
            + "$id } }) { "
            + "totalCount nodes "
            + "{ caseNo "
            + "idNumber street } } }";

        var miss = await server.Query("TJ-RS", Lookup, JsonSerializer.Serialize(new { id = IdNumber(outside) }));
        var hit = await server.Query("TJ-RS", Lookup, JsonSerializer.Serialize(new { id = IdNumber(inside) }));

        Assert.Empty(miss.Errors);
        Assert.Equal(0, miss.Data.GetProperty("subsistenceAllowances").GetProperty("totalCount").GetInt32());
        Assert.Empty(miss.Data.GetProperty("subsistenceAllowances").GetProperty("nodes").EnumerateArray());
        Assert.Empty(hit.Errors);
        var nodes = hit.Data.GetProperty("subsistenceAllowances").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(all.Count(r => IdNumber(r) == IdNumber(inside)), nodes.Count);
        Assert.All(nodes, n =>
            Assert.Equal(Masker.Apply(MaskingRule.IdNumber, IdNumber(inside), () => default), n.GetProperty("idNumber").GetString())
        );
        Assert.All(nodes, n => Assert.Equal(Scoped, Street(n)));
    }

    [Fact]
    public async Task Counting_with_a_filter_on_a_scoped_item_never_counts_other_streets()
    {
        var all = await ProviderRows();
        var ids = all.Where(r => Street(r) == Scoped)
            .Select(IdNumber)
            .Distinct()
            .Concat(all.Where(r => Street(r) != Scoped).Select(IdNumber).Distinct().Take(10))
            .ToList();
        Assert.True(ids.Count <= 20, "The lookup stays within the limit of 20 values.");

        var reply = await server.Query(
            "TJ-RS",
            "query($ids: [String!]) { " + "subsistenceAllowances(where: { " + "idNumber: { in: " + "$ids } }) { " + "totalCount } }",
            JsonSerializer.Serialize(new { ids })
        );

        Assert.Empty(reply.Errors);
        Assert.Equal(
            all.Count(r => Street(r) == Scoped),
            reply.Data.GetProperty("subsistenceAllowances").GetProperty("totalCount").GetInt32()
        );
        Assert.True(
            all.Count(r => ids.Contains(IdNumber(r))) > all.Count(r => Street(r) == Scoped),
            "The values also match rows " + "outside the scope."
        );
    }

    [Fact]
    public async Task Filtering_by_another_street_while_reading_a_scoped_item_finds_nothing()
    {
        var outside = Street((await ProviderRows()).First(r => Street(r) != Scoped));

        var reply = await server.Query(
            "TJ-RS",
            "query($s: String) { subsistenceAllowances(where: { " + "street: { eq: " + "$s } }) { " + "totalCount " + "nodes { phone } } }",
            JsonSerializer.Serialize(new { s = outside })
        );

        Assert.Empty(reply.Errors);
        Assert.Equal(0, reply.Data.GetProperty("subsistenceAllowances").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_by_key_read_of_a_scoped_item_outside_the_scope_returns_null()
    {
        var all = await ProviderRows();
        var outside = CaseNo(all.First(r => Street(r) != Scoped));
        var inside = CaseNo(all.First(r => Street(r) == Scoped));
        const string ByKey = "query($c: String!) { subsistenceAllowance(caseNo: $c) { caseNo phone } }";

        var miss = await server.Query("TJ-RS", ByKey, JsonSerializer.Serialize(new { c = outside }));
        var hit = await server.Query("TJ-RS", ByKey, JsonSerializer.Serialize(new { c = inside }));
        var unscoped = await server.Query(
            "TJ-RS",
            "query($c: String!) { " + "subsistenceAllowance(caseNo: $c) " + "{ caseNo " + "street } }",
            JsonSerializer.Serialize(new { c = outside })
        );

        Assert.Equal(JsonValueKind.Null, miss.Data.GetProperty("subsistenceAllowance").ValueKind);
        Assert.Equal(inside, CaseNo(hit.Data.GetProperty("subsistenceAllowance")));
        Assert.Equal(outside, CaseNo(unscoped.Data.GetProperty("subsistenceAllowance")));
    }

    /// <summary>Every subsistence allowance as its provider (TJ-MZ) reads it, in the default order.</summary>
    private async Task<IReadOnlyList<JsonElement>> ProviderRows()
    {
        var reply = await server.Query(
            "TJ-MZ",
            "{ subsistenceAllowances(first: 100) { " + "totalCount nodes " + "{ caseNo " + "idNumber street " + "phone } } }"
        );
        var page = reply.Data.GetProperty("subsistenceAllowances");
        var rows = page.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(page.GetProperty("totalCount").GetInt32(), rows.Count);
        return rows;
    }

    private static string? CaseNo(JsonElement row) => row.GetProperty("caseNo").GetString();

    private static string? Street(JsonElement row) => row.GetProperty("street").GetString();

    private static string? IdNumber(JsonElement row) => row.GetProperty("idNumber").GetString();
}
