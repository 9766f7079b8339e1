using System.Text.Json;
using TaijiangGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TaijiangGraph.Server.Tests.Lookups;

/// <summary>
/// The enumeration attacks replayed against a real server process (Kestrel on 127.0.0.1, default limits): a
/// masked ID number shows 10 of 18 characters, and guessing the birth date behind it used to take 46 requests.
/// Now the lookup budget stops each attack — 8 parallel clients included — after at most 30 wrong values.
/// </summary>
public sealed class LookupEnumerationReplayTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Purpose = "最低生活保障资格核查";
    private ServerProcess? _server;

    private ServerProcess Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _server = await ServerProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Seed__RecordsPerResource"] = "60" }
        );

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task The_by_key_brute_force_stops_after_at_most_30_wrong_values(int clients)
    {
        var attacker = await Server.TokenAsync($"u-attacker-{clients}", "TJ-MZ", "department");
        var (masked, real) = await TargetAsync(
            "{ householdPeople(first: 60) " + "{ nodes { " + "idNumber } } }",
            "householdPeople",
            attacker,
            _ => true
        );

        var outcome = await new EnumerationAttack(Server, attacker, Purpose).RunAsync(
            LookupCandidates.Fitting(masked).ToList(),
            id => $"householdPerson(idNumber: " + $"\"{id}\") " + $"{{ idNumber }}",
            answer => answer.ValueKind == JsonValueKind.Object,
            clients
        );

        AssertStopped(outcome);
    }

    [Fact]
    public async Task The_total_count_brute_force_stops_after_at_most_30_wrong_values()
    {
        var attacker = await Server.TokenAsync("u-attacker-rs", "TJ-RS", "department");
        var provider = await Server.TokenAsync("u-provider-mz", "TJ-MZ", "department");
        var cases = await ReadAsync(
            provider,
            "{ subsistenceAllowances(first: " + "60) { nodes " + "{ caseNo " + "idNumber " + "street } } }",
            "subsistenceAllowances"
        );
        var (masked, real) = await TargetAsync(
            "{ subsistenceAllowances(first: 60, " + "where: { " + "street: { eq: " + "\"苍霞\" } }) " + "{ nodes { " + "idNumber } } }",
            "subsistenceAllowances",
            attacker,
            id => cases.Any(c => c.GetProperty("idNumber").GetString() == id && c.GetProperty("street").GetString() == "苍霞")
        );
        var caseNo = cases.First(c => c.GetProperty("idNumber").GetString() == real).GetProperty("caseNo").GetString();

        var outcome = await new EnumerationAttack(Server, attacker, "就业援助对象核查").RunAsync(
            LookupCandidates.Fitting(masked).ToList(),
            id => $"subsistenceAllowances(where: {{ caseNo: {{ eq: \"{caseNo}\" }}, idNumber: {{ eq: \"{id}\" }} }}) {{ totalCount }}",
            answer => answer.GetProperty("totalCount").GetInt32() > 0,
            clients: 8
        );

        AssertStopped(outcome);
    }

    private void AssertStopped(EnumerationAttack.Outcome outcome)
    {
        output.WriteLine(
            $"{outcome.Requests} requests, {outcome.WrongValuesAnswered} wrong values answered, "
                + $"refusals: {string.Join(", ", outcome.RefusalCodes)}"
        );
        Assert.Null(outcome.Found);
        Assert.True(
            outcome.WrongValuesAnswered <= 30,
            $"{outcome.WrongValuesAnswered} wrong " + $"values were " + $"answered in " + $"{outcome.Requests} " + $"requests."
        );
        Assert.Contains("LOOKUP_BUDGET_EXHAUSTED", outcome.RefusalCodes);
    }

    /// <summary>
    /// A record to attack: its masked ID number as the attacker reads it, and the real one as its provider (TJ-GA) reads
    /// it; chosen so that the real number lies beyond the first 40 candidates of the attacker's list.
    /// </summary>
    private async Task<(string Masked, string Real)> TargetAsync(
        string maskedQuery,
        string field,
        string attacker,
        Func<string, bool> eligible
    )
    {
        var provider = await Server.TokenAsync("u-provider-ga", "TJ-GA", "department");
        var people = (await ReadAsync(provider, "{ householdPeople(first: 60) { nodes { idNumber } } }", "householdPeople"))
            .Select(p => p.GetProperty("idNumber").GetString()!)
            .ToList();
        var masked = (await ReadAsync(attacker, maskedQuery, field))
            .Select(p => p.GetProperty("idNumber").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var real in people.Where(eligible))
        {
            var mask = real[..6] + "********" + real[^4..];
            if (masked.Contains(mask) && LookupCandidates.Fitting(mask).ToList().IndexOf(real) >= 40)
            {
                return (mask, real);
            }
        }

        throw new InvalidOperationException("The seed holds no record to attack.");
    }

    private async Task<IReadOnlyList<JsonElement>> ReadAsync(string token, string query, string field)
    {
        var response = await Server.PostAsync(token, GraphQLRequests.Body(query, purpose: Purpose));
        return response.Root.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
