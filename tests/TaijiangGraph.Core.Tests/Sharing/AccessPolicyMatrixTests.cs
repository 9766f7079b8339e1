using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Seeding;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Tests.Shared;

namespace TaijiangGraph.Core.Tests.Sharing;

public sealed class AccessPolicyMatrixTests
{
    private static readonly SeedDocument Seed = SeedJson.Deserialize(File.ReadAllText(Catalog.SampleCatalog.Path));
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string, string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (dept, resource, item, expected) in ExpectationMatrix.Cells())
        {
            data.Add(dept, resource, item, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Decision_matches_the_hand_written_matrix(string department, string resource, string item, string expected)
    {
        var caller = new Principal("u1", "u1", department, new HashSet<string> { ExpectationMatrix.RoleOf(department) }, null);
        var r = Seed.Catalog.FindResource(resource)!;

        var decision = AccessPolicy.Decide(caller, r, r.FindItem(item)!, Seed.Grants, Now);

        Assert.Equal(expected, Notation(decision));
    }

    [Fact]
    public void The_matrix_covers_every_exposed_item_of_the_five_resources()
    {
        var covered = ExpectationMatrix.Cells().Select(c => $"{c.Resource}.{c.Item}").ToHashSet();
        var exposed = Seed
            .Catalog.Resources.SelectMany(r => r.Items.Where(i => i.IsExposed).Select(i => $"{r.ApiName}.{i.ApiName}"))
            .ToHashSet();

        Assert.Equal(exposed.Order(), covered.Order());
    }

    /// <summary>The matrix's notation: R, M:RULE, DC, DN, with @item=value for a row scope.</summary>
    private static string Notation(AccessDecision d)
    {
        var core = d.Kind switch
        {
            AccessKind.Raw => "R",
            AccessKind.Masked => "M:" + System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(d.Mask.ToString()),
            _ => d.DenyCode == ErrorCodes.Policy.ForbiddenConditional ? "DC" : "DN",
        };
        var scope = string.Concat(d.RowScopes.SelectMany(s => s.Conditions).Select(c => $"@{c.Item}={string.Join('|', c.AnyOf)}"));
        return core + scope;
    }
}
