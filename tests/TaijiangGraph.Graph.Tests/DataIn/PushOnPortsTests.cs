using System.Text.Json;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Graph.Tests.Fakes;
using TaijiangGraph.Graph.Tests.Support;

namespace TaijiangGraph.Graph.Tests.DataIn;

/// <summary>
/// docs/data-in.md, "The push", driven black-box on the intake port: a GraphQL mutation in, the patches the intake received and the
/// JSON answer out. A field left out is absent from the patch, an explicit null present as null, from a literal and from variables
/// alike; values arrive as the stored CLR types; only the provider reaches the intake; the cap and the refusals answer coded errors.
/// </summary>
public sealed class PushOnPortsTests : IDisposable
{
    private const string Push =
        "mutation($r: [TaxPaymentInput!]!) { upsertTaxPayments(records: $r) { inserted records { index outcome } } }";

    private readonly FakeGraph _graph = new(SampleWorld.Load().Catalog);

    public void Dispose() => _graph.Dispose();

    [Fact]
    public async Task From_a_literal_a_field_left_out_is_absent_and_an_explicit_null_is_null()
    {
        var result = await _graph.RunAsync(
            Provider(),
            """mutation { upsertTaxPayments(records: [{ paymentId: "P-1", taxType: "增值税", creditGrade: null }]) { inserted } }""",
            null,
            null
        );

        Assert.Equal(1, Data(result).GetProperty("inserted").GetInt32());
        var patch = Assert.Single(Assert.Single(_graph.Storage.Intake.Calls).Patches);
        Assert.Equal("P-1", patch.Key);
        Assert.Equal(["credit_grade", "payment_id", "tax_type"], patch.Items.Keys.Order(StringComparer.Ordinal));
        Assert.Null(patch.Items["credit_grade"]);
        Assert.Equal("增值税", patch.Items["tax_type"]);
    }

    [Fact]
    public async Task From_variables_a_field_left_out_is_absent_and_an_explicit_null_is_null()
    {
        var result = await _graph.RunAsync(
            Provider(),
            Push,
            """{ "r": [{ "paymentId": "P-1", "taxType": "增值税", "creditGrade": null }, { "paymentId": "P-2", "amount": null }] }""",
            null
        );

        Assert.Equal(2, Data(result).GetProperty("inserted").GetInt32());
        var patches = Assert.Single(_graph.Storage.Intake.Calls).Patches;
        Assert.Equal(["credit_grade", "payment_id", "tax_type"], patches[0].Items.Keys.Order(StringComparer.Ordinal));
        Assert.Null(patches[0].Items["credit_grade"]);
        Assert.Equal(["amount", "payment_id"], patches[1].Items.Keys.Order(StringComparer.Ordinal));
        Assert.Null(patches[1].Items["amount"]);
    }

    [Fact]
    public async Task Values_arrive_as_the_stored_types_keyed_by_item_api_name()
    {
        await _graph.RunAsync(
            Provider(),
            Push,
            """{ "r": [{ "paymentId": "P-1", "amount": 1234.5, "paidOn": "2026-10-15", "taxpayerId": "X" }] }""",
            null
        );

        var patch = Assert.Single(Assert.Single(_graph.Storage.Intake.Calls).Patches);
        Assert.Equal(1234.5m, Assert.IsType<decimal>(patch.Items["amount"]));
        Assert.Equal(new DateOnly(2026, 10, 15), Assert.IsType<DateOnly>(patch.Items["paid_on"]));
        Assert.Equal("X", patch.Items["taxpayer_id"]);
    }

    [Fact]
    public async Task The_key_cannot_be_null_or_left_out()
    {
        var nullKey = await _graph.RunAsync(Provider(), Push, """{ "r": [{ "paymentId": null, "taxType": "增值税" }] }""", null);
        var noKey = await _graph.RunAsync(Provider(), Push, """{ "r": [{ "taxType": "增值税" }] }""", null);

        Assert.All([nullKey, noKey], r => Assert.False(r.TryGetProperty("data", out _)));
        Assert.Equal("INVALID_VALUE", Extension(Assert.Single(nullKey.GetProperty("errors").EnumerateArray()), "code"));
        Assert.Equal("INVALID_VALUE", Extension(Assert.Single(noKey.GetProperty("errors").EnumerateArray()), "code"));
        Assert.Empty(_graph.Storage.Intake.Calls);
    }

    [Theory]
    [InlineData("TJ-SW", "department", null)]
    [InlineData("TJ-SW", "cdo", null)]
    [InlineData("TJ-SW", "department", "sw-collector")]
    public async Task The_provider_and_its_apps_reach_the_intake(string department, string role, string? app)
    {
        var result = await _graph.RunAsync(User(department, role, app), Push, """{ "r": [{ "paymentId": "P-1" }] }""", null);

        Assert.Equal(1, Data(result).GetProperty("inserted").GetInt32());
        Assert.Single(_graph.Storage.Intake.Calls);
    }

    [Theory]
    [InlineData("TJ-SCJG", "department", null)]
    [InlineData("TJ-SCJG", "cdo", "scjg-app")]
    [InlineData("TJ-DSJ", "bureau", null)]
    [InlineData("CITY-DSJ", "reviewer", null)]
    public async Task Anyone_else_is_refused_before_execution_and_the_intake_is_never_called(string department, string role, string? app)
    {
        var result = await _graph.RunAsync(User(department, role, app), Push, """{ "r": [{ "paymentId": "P-1" }] }""", null);

        Assert.False(result.TryGetProperty("data", out _)); // refused by validation: nothing ran
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", Extension(error, "code"));
        Assert.Equal("tax_payment", Extension(error, "resource"));
        Assert.Empty(_graph.Storage.Intake.Calls);
    }

    [Fact]
    public async Task A_thousand_records_are_taken_and_one_more_is_refused_with_the_cap_code()
    {
        var thousand = await _graph.RunAsync(Provider(), Push, Records(1_000), null);
        var more = await _graph.RunAsync(Provider(), Push, Records(1_001), null);

        Assert.Equal(1_000, Data(thousand).GetProperty("inserted").GetInt32());
        Assert.False(more.TryGetProperty("data", out _));
        Assert.Equal("TOO_MANY_RECORDS", Extension(Assert.Single(more.GetProperty("errors").EnumerateArray()), "code"));
        Assert.Single(_graph.Storage.Intake.Calls); // the thousand only
    }

    [Fact]
    public async Task Refused_records_answer_records_refused_listing_each_with_index_item_code_and_message()
    {
        _graph.Storage.Intake.Refuse =
        [
            new RecordRefusal(1, "amount", "TYPE_MISMATCH", "At most 2 fractional digits."),
            new RecordRefusal(2, null, "KEY_REPEATED", "The key is given twice."),
        ];

        var result = await _graph.RunAsync(Provider(), Push, Records(3), null);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("upsertTaxPayments").ValueKind);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("RECORDS_REFUSED", Extension(error, "code"));
        var refused = error.GetProperty("extensions").GetProperty("refused").EnumerateArray().ToList();
        Assert.Equal([1, 2], refused.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal(["amount", null], refused.Select(r => r.GetProperty("item").GetString()));
        Assert.Equal(["TYPE_MISMATCH", "KEY_REPEATED"], refused.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("At most 2 fractional digits.", refused[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_answer_lists_every_record_in_input_order_with_its_outcome()
    {
        var result = await _graph.RunAsync(Provider(), Push, Records(3), null);

        var records = Data(result).GetProperty("records").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2], records.Select(r => r.GetProperty("index").GetInt32()));
        Assert.All(records, r => Assert.Equal("INSERTED", r.GetProperty("outcome").GetString()));
    }

    private static Principal Provider() => User("TJ-SW", "department", null);

    private static Principal User(string department, string role, string? app) =>
        new("u-" + department.ToLowerInvariant(), "user", department, new HashSet<string>(StringComparer.Ordinal) { role }, app);

    private static string Records(int count) =>
        JsonSerializer.Serialize(new { r = Enumerable.Range(0, count).Select(i => new { paymentId = $"P-{i:D5}" }) });

    private static JsonElement Data(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("upsertTaxPayments");
    }

    private static string? Extension(JsonElement error, string name) =>
        error.GetProperty("extensions").TryGetProperty(name, out var value) ? value.GetString() : null;
}
