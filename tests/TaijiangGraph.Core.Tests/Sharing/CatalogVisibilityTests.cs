using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;
using TaijiangGraph.Core.Tests.Catalog;

namespace TaijiangGraph.Core.Tests.Sharing;

public sealed class CatalogVisibilityTests
{
    private static readonly CatalogResource Household = SampleCatalog.Load().FindResource("household_person")!;

    private static Principal Caller(string dept, string role) => new("u1", "u1", dept, new HashSet<string> { role }, null);

    [Theory]
    [InlineData("TJ-GA", Roles.Department, true)] // provider
    [InlineData("TJ-DSJ", Roles.Bureau, true)] // the bureau
    [InlineData("TJ-MZ", Roles.Department, false)] // a grantee
    [InlineData("TJ-JY", Roles.Department, false)]
    [InlineData("CITY-DSJ", Roles.Reviewer, false)]
    public void Classified_items_are_listed_only_to_the_provider_and_the_bureau(string dept, string role, bool listed)
    {
        var names = CatalogVisibility.VisibleItems(Caller(dept, role), Household).Select(i => i.ApiName).ToList();

        Assert.Equal(listed, names.Contains("key_person_flag"));
        Assert.Contains("marital_status", names); // not-shared metadata is public
        Assert.Equal(listed ? 10 : 9, names.Count);
    }
}
