using System.Net;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>docs/audit.md (What is recorded): every outcome of a request leaves usage records with exactly what was read, masked and
/// denied.</summary>
public sealed class UsageRecordOutcomeTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string TwoResources =
        "query Check { householdPeople(first: 5) { nodes { "
        + "idNumber name "
        + "birthDate "
        + "street } } "
        + "subsistenceAllowances(first: 3) "
        + "{ nodes { "
        + "caseNo } } }";

    [Fact]
    public async Task A_request_reading_two_resources_gives_one_record_per_resource_with_exactly_the_items_read_masked_and_denied()
    {
        var user = Trail.NewUser("mz");
        var response = await AuditHttp.Post(server, AuditHttp.Token(server, user, "TJ-MZ"), TwoResources);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["FORBIDDEN_CONDITIONAL"], response.ErrorCodes);

        var records = await Trail.OfUser(server, user);

        Assert.Equal(["household_person", "subsistence_allowance"], records.Select(r => r.Resource).Order(StringComparer.Ordinal));
        var household = records.Single(r => r.Resource == "household_person");
        Assert.Equal(["name", "street"], household.ItemsRead);
        Assert.Equal(["id_number"], household.ItemsMasked);
        Assert.Equal(["birth_date"], household.ItemsDenied);
        Assert.Equal(AuditOutcome.Partial, household.Outcome);
        Assert.Equal(["FORBIDDEN_CONDITIONAL"], household.Codes);
        Assert.Contains("G-2025-0001", household.GrantIds);
        Assert.Contains("G-2025-0002", household.GrantIds);
        Assert.Equal(["city-reviewer-01"], household.Approvers);
        Assert.Equal(5, household.RecordCount);

        var allowance = records.Single(r => r.Resource == "subsistence_allowance");
        Assert.Equal(["case_no"], allowance.ItemsRead);
        Assert.Empty(allowance.ItemsMasked);
        Assert.Empty(allowance.ItemsDenied);
        Assert.Equal(AuditOutcome.Allowed, allowance.Outcome);
        Assert.Empty(allowance.Codes);
        Assert.Empty(allowance.GrantIds);
        Assert.Empty(allowance.Approvers);
        Assert.Equal(3, allowance.RecordCount);
    }

    [Fact]
    public async Task The_record_holds_the_keyed_hashes_of_exactly_the_records_returned()
    {
        var user = Trail.NewUser("mz");
        var provider = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, Trail.NewUser("ga"), "TJ-GA"),
            "{ householdPeople(first: " + "5) { nodes { idNumber } } }"
        );
        var ids = provider
            .Data.GetProperty("householdPeople")
            .GetProperty("nodes")
            .EnumerateArray()
            .Select(n => n.GetProperty("idNumber").GetString()!)
            .ToList();

        await AuditHttp.Post(server, AuditHttp.Token(server, user, "TJ-MZ"), TwoResources);

        var household = (await Trail.OfUser(server, user)).Single(r => r.Resource == "household_person");
        Assert.Equal(5, ids.Distinct().Count());
        Assert.Equal(
            ids.Select(id => Trail.Hash(server, "household_person", id)).Order(StringComparer.Ordinal),
            household.RecordKeyHashes.Order(StringComparer.Ordinal)
        );
        Assert.DoesNotContain(household.RecordKeyHashes, h => ids.Contains(h));
    }

    [Fact]
    public async Task A_request_whose_every_item_is_denied_gives_a_denied_record()
    {
        var user = Trail.NewUser("jy");
        var response = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, user, "TJ-JY"),
            "{ householdPeople(first: 2) { " + "nodes { name " + "maritalStatus } } }"
        );
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["FORBIDDEN_CONDITIONAL", "FORBIDDEN_NOT_SHARED"], response.ErrorCodes.Order(StringComparer.Ordinal));

        var record = Assert.Single(await Trail.OfUser(server, user));

        Assert.Equal(AuditOutcome.Denied, record.Outcome);
        Assert.Equal("household_person", record.Resource);
        Assert.Empty(record.ItemsRead);
        Assert.Empty(record.ItemsMasked);
        Assert.Equal(["marital_status", "name"], record.ItemsDenied);
        Assert.Equal(["FORBIDDEN_CONDITIONAL", "FORBIDDEN_NOT_SHARED"], record.Codes);
        Assert.Empty(record.GrantIds);
        Assert.Empty(record.Approvers);
    }

    [Fact]
    public async Task A_forbidden_filter_gives_one_rejected_record_per_resource_named_each_with_only_its_own_items()
    {
        var user = Trail.NewUser("jy");
        var response = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, user, "TJ-JY"),
            """{ householdPeople(where: { name: { eq: "某某" } }) { nodes { street """
                + """} } subsistenceAllowances(first: 1) { nodes { caseNo } } }"""
        );
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["FORBIDDEN_FILTER"], response.ErrorCodes);

        var records = await Trail.OfUser(server, user);

        Assert.Equal(["household_person", "subsistence_allowance"], records.Select(r => r.Resource).Order(StringComparer.Ordinal));
        Assert.All(records, r => Assert.Equal((AuditOutcome.Rejected, AuditHttp.Purpose, 0), (r.Outcome, r.Purpose, r.RecordCount)));
        Assert.All(records, r => Assert.Empty(r.ItemsRead));
        Assert.All(records, r => Assert.Empty(r.RecordKeyHashes));
        Assert.Single(records.Select(r => r.RequestId).Distinct());
        var household = records.Single(r => r.Resource == "household_person");
        Assert.Equal(["FORBIDDEN_FILTER"], household.Codes);
        Assert.Equal(["name"], household.ItemsFiltered);
        Assert.Equal([Trail.Hash(server, "household_person", "某某")], household.FilterValueHashes);
        var allowance = records.Single(r => r.Resource == "subsistence_allowance");
        Assert.Equal(["FORBIDDEN_FILTER"], allowance.Codes); // the request's code: the refusal concerned another resource
        Assert.Empty(allowance.ItemsFiltered);
        Assert.Empty(allowance.FilterValueHashes);
    }

    [Fact]
    public async Task A_data_read_without_a_purpose_gives_a_rejected_record_with_purpose_required()
    {
        var user = Trail.NewUser("mz");
        var response = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, user, "TJ-MZ"),
            "{ subsistenceAllowances(first: " + "1) { nodes " + "{ caseNo } } }",
            purpose: null
        );
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["PURPOSE_REQUIRED"], response.ErrorCodes);

        var record = Assert.Single(await Trail.OfUser(server, user));

        Assert.Equal(AuditOutcome.Rejected, record.Outcome);
        Assert.Equal(["PURPOSE_REQUIRED"], record.Codes);
        Assert.Equal("subsistence_allowance", record.Resource);
        Assert.Null(record.Purpose);
        Assert.Equal(0, record.RecordCount);
        Assert.Empty(record.ItemsRead);
    }

    [Fact]
    public async Task A_catalog_only_query_gives_one_record_without_a_resource()
    {
        var user = Trail.NewUser("jy");
        var response = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, user, "TJ-JY"),
            "{ departments { code } me " + "{ user } }",
            purpose: null
        );
        Assert.Equal(HttpStatusCode.OK, response.Status);

        var record = Assert.Single(await Trail.OfUser(server, user));

        Assert.Null(record.Resource);
        Assert.Equal(AuditOutcome.Allowed, record.Outcome);
        Assert.Empty(record.Codes);
        Assert.Empty(record.ItemsRead);
        Assert.Equal(0, record.RecordCount);
    }
}
