using System.Net;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// Plants unique values, then has several departments read them, filter by them and look records up by their raw
/// keys — some allowed, some masked, some denied or rejected — over POST, GET and a batch, with literals and variables.
/// </summary>
public sealed class LeakScenario : IAsyncLifetime
{
    private readonly Dictionary<string, string> _responses = new(StringComparer.Ordinal);

    public LoggedServer Server { get; } = new();

    public PlantedValues Planted { get; private set; } = null!;

    /// <summary>The response bodies by step name, to show that the planted values really were read.</summary>
    public IReadOnlyDictionary<string, string> Responses => _responses;

    public async Task InitializeAsync()
    {
        Planted = await PlantedValues.PlantAsync(Server);
        var (id, other, payment, credit) = (Planted.IdNumber, Planted.OtherIdNumber, Planted.PaymentId, Planted.CreditCode);

        await Post(
            "ga-by-key",
            "TJ-GA",
            "query($id: String!) { " + "householdPerson(idNumber: $id) { " + "idNumber name " + "birthDate " + "maritalStatus } }",
            new { id }
        );
        await Post(
            "mz-eq",
            "TJ-MZ",
            "query($id: String!) { "
                + "householdPeople(where: { "
                + "idNumber: { eq: "
                + "$id } }) "
                + "{ nodes { "
                + "idNumber name "
                + "birthDate } } }",
            new { id }
        );
        await Post("mz-literal", "TJ-MZ", $$"""{ householdPerson(idNumber: "{{id}}") { name street } }""");
        await Post(
            "mz-in",
            "TJ-MZ",
            "query($ids: [String!]) { " + "householdPeople(where: { " + "idNumber: { in: " + "$ids } }) " + "{ nodes { " + "name } } }",
            new { ids = new[] { id, other } }
        );
        await Post(
            "mz-contains",
            "TJ-MZ",
            "query($s: String) { householdPeople(where: { " + "street: { " + "contains: $s } }) " + "{ nodes { " + "street } } }",
            new { s = PlantedValues.StreetFilter }
        );
        await Post("mz-tax", "TJ-MZ", "query($p: String!) { taxPayment(paymentId: $p) { paymentId amount paidOn } }", new { p = payment });
        await Post(
            "mz-amount-filter",
            "TJ-MZ",
            $"{{ taxPayments(where: {{ amount: {{ gt: {PlantedValues.Amount} }} }}) {{ nodes {{ paymentId }} }} }}"
        );
        await Post("jy-by-key", "TJ-JY", "query($id: String!) { householdPerson(idNumber: $id) { name } }", new { id });
        await Post(
            "jy-contains",
            "TJ-JY",
            "query($n: String) { householdPeople(where: " + "{ name: { " + "contains: $n } }) " + "{ nodes { " + "street } } }",
            new { n = PlantedValues.NameFilter }
        );
        await Post(
            "jy-legal-rep",
            "TJ-JY",
            "query($l: [String!]) { " + "marketEntities(where: { " + "legalRep: { " + "in: $l } }) " + "{ nodes { " + "name } } }",
            new { l = new[] { PlantedValues.LegalRep } }
        );
        await Post(
            "jy-name",
            "TJ-JY",
            "query($id: String!) { "
                + "householdPeople(where: { "
                + "gender: { neq: "
                + "$id } }, "
                + "first: 20) "
                + "{ nodes { "
                + "name birthDate } } }",
            new { id }
        );
        await Post(
            "rs-eq",
            "TJ-RS",
            "query($id: String!) { " + "householdPeople(where: { " + "idNumber: { eq: " + "$id } }) " + "{ nodes { " + "birthDate } } }",
            new { id }
        );
        await Post(
            "sw-by-key",
            "TJ-SW",
            "query($p: String!, $c: String!) { "
                + "taxPayment(paymentId: $p) { "
                + "amount } "
                + "marketEntity(creditCode: $c) { legalRep creditCode } }",
            new { p = payment, c = credit }
        );
        await Post("scjg-by-key", "TJ-SCJG", "query($c: String!) { marketEntity(creditCode: $c) { legalRep } }", new { c = credit });
        await Post(
            "ga-accesses",
            "TJ-GA",
            "query($id: String!) { "
                + "recordAccesses(resource: "
                + "\"household_person\", "
                + "key: $id) "
                + "{ nodes { "
                + "userId purpose } } }",
            new { id },
            purpose: null
        );

        var sw = AuditHttp.Token(Server.App, "leak-sw-batch", "TJ-SW");
        var batch = GraphQLRequests.Batch(
            GraphQLRequests.Request("query($id: String!) { householdPerson(idNumber: $id) { name } }", new { id }, AuditHttp.Purpose),
            GraphQLRequests.Request(
                "query($a: Decimal) { "
                    + "taxPayments(where: { "
                    + "amount: { "
                    + "eq: $a } }) "
                    + "{ nodes { "
                    + "paymentId "
                    + "amount } } }",
                new { a = PlantedValues.Amount },
                AuditHttp.Purpose
            )
        );
        var batchResponse = await Server.App.SendWithToken(sw, batch);
        _responses["sw-batch"] = Ok(batchResponse);

        var get = await Server.App.GetWithToken(
            AuditHttp.Token(Server.App, "leak-mz-get", "TJ-MZ"),
            GraphQLRequests.QueryString($$"""{ householdPerson(idNumber: "{{other}}") { name } }""", AuditHttp.Purpose)
        );
        _responses["mz-get"] = Ok(get);
    }

    public Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }

    private async Task Post(string step, string dept, string query, object? variables = null, string? purpose = AuditHttp.Purpose)
    {
        var token = AuditHttp.Token(Server.App, "leak-" + step, dept);
        var response = await AuditHttp.Post(Server.App, token, query, purpose, variables);
        _responses[step] = Ok(response);
    }

    private static string Ok(GraphQLReply response)
    {
        Assert.True(response.Status == HttpStatusCode.OK, $"{(int)response.Status}: {response.Text}");
        return response.Text;
    }
}
