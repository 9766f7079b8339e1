using TaijiangGraph.Server.Tests.Infrastructure;
using static TaijiangGraph.Server.Tests.Workflow.ApplicationStates;

namespace TaijiangGraph.Server.Tests.Workflow;

/// <summary>
/// docs/policy.md (Who sees an application): the applicant department, the bureau, the reviewer and the provider see an
/// application; any other department gets <c>null</c> from <c>shareApplication(id)</c> and <c>UNKNOWN_APPLICATION</c> from every
/// step, with the message a made-up id gets (the id replaced), so no id can be probed.
/// </summary>
public sealed class VisibilityTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string MadeUp = "SA-2026-0123456789ab";

    private WorkflowClient Client => WorkflowClient.Over(server);

    public static TheoryData<string> Steps() => ["FORWARD", "RETURN", "RESUBMIT", "WITHDRAW", "APPROVE", "REJECT", "COMMENT"];

    [Fact]
    public async Task The_four_parties_see_the_application_and_another_department_gets_null_as_for_a_made_up_id()
    {
        var application = await InStateAsync(Client, Submitted, StepRefusalTests.Input());
        var id = WorkflowAssert.Id(application);
        try
        {
            foreach (var party in new[] { Party.Applicant, Party.Bureau, Party.Reviewer, Party.Provider })
            {
                Assert.Equal(id, WorkflowAssert.Id(await Client.GetOkAsync(party, id)));
            }

            var hidden = await Client.GetAsync(Party.Outsider, id);
            var unknown = await Client.GetAsync(Party.Outsider, MadeUp);

            Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.DataWithoutErrors().GetProperty("shareApplication").ValueKind);
            Assert.Equal(hidden.Text, unknown.Text);
            var list = await Client.Call(Party.Outsider, "{ shareApplications { id } }");
            Assert.DoesNotContain(id, list.DataWithoutErrors().GetRawText(), StringComparison.Ordinal);
            var listed = await Client.Call(Party.Provider, "{ shareApplications(resource: \"market_entity\") { id } }");
            Assert.Contains(id, listed.DataWithoutErrors().GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            await EndAsync(Client, id);
        }
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Every_step_of_another_department_is_unknown_application_with_the_message_of_a_made_up_id(string step)
    {
        var state =
            step is "APPROVE" or "REJECT" ? Forwarded
            : step == "RESUBMIT" ? Returned
            : Submitted;
        var application = await InStateAsync(Client, state, StepRefusalTests.Input());
        var id = WorkflowAssert.Id(application);
        try
        {
            // A TJ-MZ cdo as well as a TJ-MZ clerk: neither role makes TJ-MZ a party.
            foreach (var outsider in new[] { Party.Outsider, new Party("u-mz-cdo", "TJ-MZ", "cdo") })
            {
                var hidden = WorkflowAssert.Refused(await StepRefusalTests.TakeAsync(Client, step, outsider, id), "UNKNOWN_APPLICATION");
                var unknown = WorkflowAssert.Refused(
                    await StepRefusalTests.TakeAsync(Client, step, outsider, MadeUp),
                    "UNKNOWN_APPLICATION"
                );

                Assert.Equal(
                    Message(unknown).Replace(MadeUp, "{id}", StringComparison.Ordinal),
                    Message(hidden).Replace(id, "{id}", StringComparison.Ordinal)
                );
                Assert.Equal(Extensions(unknown, MadeUp), Extensions(hidden, id));
            }

            Assert.Equal(WorkflowAssert.Version(application), WorkflowAssert.Version(await Client.GetOkAsync(Party.Bureau, id)));
        }
        finally
        {
            await EndAsync(Client, id);
        }
    }

    [Fact]
    public async Task Revoking_a_grant_of_another_department_is_unknown_grant_like_a_made_up_id()
    {
        // G-2025-0003 is TJ-SW's grant on market_entity: TJ-MZ is neither the bureau nor the provider.
        var hidden = WorkflowAssert.Refused(await Client.RevokeGrantAsync(Party.Outsider, "G-2025-0003", "越权撤销"), "UNKNOWN_GRANT");
        var unknown = WorkflowAssert.Refused(await Client.RevokeGrantAsync(Party.Outsider, "G-2099-0099", "越权撤销"), "UNKNOWN_GRANT");

        Assert.Equal(
            Message(unknown).Replace("G-2099-0099", "{id}", StringComparison.Ordinal),
            Message(hidden).Replace("G-2025-0003", "{id}", StringComparison.Ordinal)
        );
        var grants = await Client.Call(
            new Party("u-sw-clerk", "TJ-SW", "department"),
            "{ grants(resource: \"market_entity\") { id state } }"
        );
        Assert.Contains("\"G-2025-0003\"", grants.DataWithoutErrors().GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("REVOKED", grants.DataWithoutErrors().GetRawText(), StringComparison.Ordinal);
    }

    private static string Message(System.Text.Json.JsonElement error) => error.GetProperty("message").GetString()!;

    /// <summary>The extensions of an error as text, with the id replaced.</summary>
    private static string Extensions(System.Text.Json.JsonElement error, string id) =>
        error.TryGetProperty("extensions", out var extensions) ? extensions.GetRawText().Replace(id, "{id}", StringComparison.Ordinal) : "";
}
