using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>docs/audit.md (Who sees what): <c>auditLog</c> shows a department its own accesses and the accesses to the resources it
/// provides; the bureau sees everything.</summary>
public sealed class AuditLogVisibilityTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    [Fact]
    public async Task A_department_sees_its_own_accesses_and_the_accesses_to_its_resources_and_nothing_else()
    {
        var (sw, jy, mz) = (Trail.NewUser("sw"), Trail.NewUser("jy"), Trail.NewUser("mz"));
        await Read(sw, "TJ-SW", "{ marketEntities(first: 2) { nodes { name } } }");
        await Read(jy, "TJ-JY", "{ taxPayments(first: 2) { nodes { paymentId } } }");
        await Read(jy, "TJ-JY", "{ marketEntities(first: 2) { nodes { name } } }");
        await Read(mz, "TJ-MZ", "{ householdPeople(first: 2) { nodes { street } } }");

        var seen = await AuditLogPageReader.AllPages(server, AuditHttp.Token(server, Trail.NewUser("sw"), "TJ-SW"), []);

        Assert.All(seen, r =>
            Assert.True(r.Department == "TJ-SW" || r.Resource == "tax_payment", $"{r.Department} {r.Resource} is not " + $"TJ-SW's to see")
        );
        Assert.Equal(["market_entity"], seen.Where(r => r.UserId == sw).Select(r => r.Resource));
        Assert.Equal(["tax_payment"], seen.Where(r => r.UserId == jy).Select(r => r.Resource));
        Assert.DoesNotContain(seen, r => r.UserId == mz);
    }

    [Fact]
    public async Task A_department_filtering_by_another_department_sees_only_that_departments_accesses_to_its_resources()
    {
        var jy = Trail.NewUser("jy");
        await Read(jy, "TJ-JY", "{ taxPayments(first: 1) { nodes { paymentId } } marketEntities(first: 1) { nodes { name } } }");

        var seen = await AuditLogPageReader.AllPages(
            server,
            AuditHttp.Token(server, Trail.NewUser("sw"), "TJ-SW"),
            new() { ["department"] = "TJ-JY" }
        );

        Assert.NotEmpty(seen);
        Assert.All(seen, r => Assert.Equal(("TJ-JY", "tax_payment"), (r.Department, r.Resource)));
        Assert.Single(seen, r => r.UserId == jy);
    }

    [Fact]
    public async Task The_bureau_sees_the_accesses_of_every_department()
    {
        var (sw, jy, mz) = (Trail.NewUser("sw"), Trail.NewUser("jy"), Trail.NewUser("mz"));
        await Read(sw, "TJ-SW", "{ marketEntities(first: 1) { nodes { name } } }");
        await Read(jy, "TJ-JY", "{ taxPayments(first: 1) { nodes { paymentId } } }");
        await Read(mz, "TJ-MZ", "{ householdPeople(first: 1) { nodes { street } } }");

        var seen = await AuditLogPageReader.AllPages(server, AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau"), []);

        Assert.Equal(["market_entity"], seen.Where(r => r.UserId == sw).Select(r => r.Resource));
        Assert.Equal(["tax_payment"], seen.Where(r => r.UserId == jy).Select(r => r.Resource));
        Assert.Equal(["household_person"], seen.Where(r => r.UserId == mz).Select(r => r.Resource));
        Assert.True(seen.Select(r => r.Department).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task A_department_may_not_verify_the_audit_chain()
    {
        var body = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, Trail.NewUser("sw"), "TJ-SW"),
            "{ verifyAuditChain { ok } }",
            purpose: null
        );

        Assert.Equal(["FORBIDDEN"], body.ErrorCodes);
    }

    private async Task Read(string user, string dept, string query)
    {
        var response = await AuditHttp.Post(server, AuditHttp.Token(server, user, dept), query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
    }
}
