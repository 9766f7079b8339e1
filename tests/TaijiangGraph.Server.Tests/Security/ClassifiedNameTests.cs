using System.Net;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// docs/policy.md (Sharing types, CLASSIFIED), no oracle: naming a classified item gets exactly the response a made-up name gets — status,
/// media type, error code, message and locations — for every sample caller, the provider of the item included,
/// in both response media types, on a server whose tables hold a hand-added column for the classified items.
/// </summary>
public sealed class ClassifiedNameTests(CanaryWorld world) : IClassFixture<CanaryWorld>
{
    public static TheoryData<string> Departments => [.. SampleGraph.Callers.Select(c => c.Department)];

    [Theory]
    [MemberData(nameof(Departments))]
    public async Task A_classified_name_gets_the_same_response_as_a_made_up_name(string department)
    {
        var pairs = ClassifiedNameProbes.All(SampleSeed.Load().Catalog).ToList();
        var differences = new List<string>();
        foreach (var accept in new string?[] { null, GraphQLRequests.GraphQLResponse })
        {
            foreach (var pair in pairs)
            {
                var classified = await world.Server.Query(department, pair.Classified.Query, pair.Classified.Variables, accept: accept);
                var madeUp = await world.Server.Query(department, pair.MadeUp.Query, pair.MadeUp.Variables, accept: accept);

                Assert.NotEmpty(classified.Errors);
                Assert.False(classified.HasData, $"{pair}: {classified.Text}");
                var expected = (
                    madeUp.Status,
                    madeUp.MediaType,
                    madeUp.Text.Replace(pair.MadeUpName, pair.ClassifiedName, StringComparison.Ordinal)
                );
                if ((classified.Status, classified.MediaType, classified.Text) != expected)
                {
                    differences.Add(
                        $"{pair} [{accept ?? "no Accept"}]:{Environment.NewLine}  {(int)classified.Status} {classified.Text}"
                            + $"{Environment.NewLine}  {(int)madeUp.Status} {madeUp.Text}"
                    );
                }
            }
        }

        Assert.True(pairs.Count >= 20, $"Only {pairs.Count} pairs were generated.");
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    [Fact]
    public async Task Selecting_a_classified_item_as_its_provider_is_rejected_before_execution_without_suggestions()
    {
        var reply = await world.Server.Query(
            "TJ-GA",
            "{ householdPeople(first: 1) " + "{ nodes { " + "keyPersonFlag } } }",
            accept: GraphQLRequests.GraphQLResponse
        );

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.False(reply.HasData);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", GraphQLReply.Extension(reply.Errors[0], "code"));
        Assert.DoesNotContain("Did you mean", reply.Text, StringComparison.OrdinalIgnoreCase);
    }
}
