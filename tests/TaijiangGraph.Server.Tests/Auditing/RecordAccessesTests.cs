using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>docs/audit.md (Who sees what): <c>recordAccesses</c> finds who read a given ID number, when and why — for the provider and the
/// bureau only.</summary>
public sealed class RecordAccessesTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string Resource = "household_person";

    [Fact]
    public async Task The_provider_finds_the_read_of_an_id_number_made_by_another_department()
    {
        var (idNumber, other) = await TwoIdNumbers();
        var reader = Trail.NewUser("mz");
        var read = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, reader, "TJ-MZ"),
            "query($id: String!) { householdPerson(idNumber: $id) { name street } }",
            "低保入户核查",
            new { id = idNumber }
        );
        Assert.Equal(JsonValueKind.Object, read.Data.GetProperty("householdPerson").ValueKind);

        var page = AuditLogPageReader.Read(
            await AuditLogPageReader.RecordAccesses(server, AuditHttp.Token(server, Trail.NewUser("ga"), "TJ-GA"), Resource, idNumber),
            "recordAccesses"
        );

        var access = Assert.Single(page.Rows, r => r.UserId == reader);
        Assert.Equal(("TJ-MZ", Resource, "低保入户核查", "ALLOWED"), (access.Department, access.Resource, access.Purpose, access.Outcome));
        Assert.Equal(TaijiangServerFactory.Now, access.Time);
        Assert.Equal(["name", "street", "id_number"], access.Items);
        Assert.All(page.Rows, r => Assert.Equal(Resource, r.Resource));

        var untouched = AuditLogPageReader.Read(
            await AuditLogPageReader.RecordAccesses(server, AuditHttp.Token(server, Trail.NewUser("ga"), "TJ-GA"), Resource, other),
            "recordAccesses"
        );
        Assert.DoesNotContain(untouched.Rows, r => r.UserId == reader);
    }

    [Fact]
    public async Task A_filter_on_the_id_number_finds_the_record_too_and_the_bureau_sees_it()
    {
        var (idNumber, _) = await TwoIdNumbers();
        var reader = Trail.NewUser("mz");
        await AuditHttp.Post(
            server,
            AuditHttp.Token(server, reader, "TJ-MZ"),
            "query($id: String!) { "
                + "householdPeople(where: { "
                + "idNumber: { eq: "
                + "$id } }) "
                + "{ nodes { "
                + "idNumber "
                + "name } } }",
            "身份核验",
            new { id = idNumber }
        );

        var page = AuditLogPageReader.Read(
            await AuditLogPageReader.RecordAccesses(
                server,
                AuditHttp.Token(server, Trail.NewUser("dsj"), "TJ-DSJ", "bureau"),
                Resource,
                idNumber
            ),
            "recordAccesses"
        );

        var access = Assert.Single(page.Rows, r => r.UserId == reader);
        Assert.Equal(("身份核验", "ALLOWED"), (access.Purpose, access.Outcome));
    }

    [Theory]
    [InlineData("TJ-JY")]
    [InlineData("TJ-MZ")]
    public async Task A_department_that_does_not_provide_the_resource_is_forbidden(string dept)
    {
        var (idNumber, _) = await TwoIdNumbers();

        var body = await AuditLogPageReader.RecordAccesses(server, AuditHttp.Token(server, Trail.NewUser("x"), dept), Resource, idNumber);

        Assert.Equal(["FORBIDDEN"], body.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, body.Root.GetProperty("data").ValueKind);
    }

    /// <summary>Two real ID numbers, read by the provider (whose own read is on the trail too).</summary>
    private async Task<(string, string)> TwoIdNumbers()
    {
        var body = await AuditHttp.Post(
            server,
            AuditHttp.Token(server, "ga-setup", "TJ-GA"),
            "{ householdPeople(first: 2, order: [{ " + "idNumber: DESC }]) { nodes { idNumber } } }"
        );
        var ids = body
            .Data.GetProperty("householdPeople")
            .GetProperty("nodes")
            .EnumerateArray()
            .Select(n => n.GetProperty("idNumber").GetString()!)
            .ToList();
        return (ids[0], ids[1]);
    }
}
