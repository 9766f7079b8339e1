using System.Text.Json;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;

namespace TaijiangGraph.Core.Tests.Catalog;

/// <summary>
/// The department registry of allowed roles: known roles only, department and cdo when none are named, and fixed
/// once published (only the seed gives bureau and reviewer).
/// </summary>
public sealed class DepartmentRolesTests
{
    private static readonly DataCatalog Published = SampleCatalog.Load();

    private static DataCatalog Next => Published.NextVersion();

    [Theory]
    [InlineData("TJ-DSJ", "bureau,cdo,department")]
    [InlineData("CITY-DSJ", "reviewer")]
    [InlineData("TJ-SCJG", "cdo,department")]
    [InlineData("TJ-GA", "cdo,department")]
    [InlineData("TJ-RS", "cdo,department")]
    [InlineData("TJ-MZ", "cdo,department")]
    [InlineData("TJ-SW", "cdo,department")]
    [InlineData("TJ-JY", "cdo,department")]
    public void The_sample_gives_each_department_the_roles_of_its_table(string code, string roles) =>
        Assert.Equal(roles, string.Join(",", Published.FindDepartment(code)!.Roles.Order(StringComparer.Ordinal)));

    [Theory]
    [InlineData("TJ-MZ", Roles.Department, true)]
    [InlineData("TJ-MZ", Roles.Cdo, true)]
    [InlineData("TJ-MZ", Roles.Bureau, false)]
    [InlineData("TJ-MZ", Roles.Reviewer, false)]
    [InlineData("TJ-DSJ", Roles.Bureau, true)]
    [InlineData("TJ-DSJ", Roles.Reviewer, false)]
    [InlineData("CITY-DSJ", Roles.Reviewer, true)]
    [InlineData("CITY-DSJ", Roles.Department, false)]
    [InlineData("CITY-DSJ", Roles.Bureau, false)]
    public void A_department_may_hold_only_its_roles(string code, string role, bool allowed) =>
        Assert.Equal(allowed, Published.FindDepartment(code)!.MayHold(role));

    [Fact]
    public void A_department_without_roles_in_json_holds_department_and_cdo()
    {
        var catalog = CatalogJson.DeserializeCatalog(
            """{"version": 1, "departments": [{"code": "TJ-WJ", "name": "台江区卫生健康局"}], "resources": []}"""
        );

        Assert.Equal([Roles.Department, Roles.Cdo], Assert.Single(catalog.Departments).Roles);
        Assert.Empty(CatalogValidator.Validate(catalog));
    }

    [Fact]
    public void Roles_null_in_json_is_malformed() =>
        Assert.Throws<JsonException>(() =>
            CatalogJson.DeserializeCatalog(
                """{"version": 1, "departments": [{"code": "TJ-WJ", "name": "台江区卫生健康局", "roles": null}], "resources": []}"""
            )
        );

    [Theory]
    [InlineData("admin")]
    [InlineData("Bureau")]
    [InlineData("")]
    public void An_unknown_role_is_a_violation(string role)
    {
        var catalog = WithDepartment(Published, "TJ-MZ", d => d with { Roles = [Roles.Department, role] });

        var violation = catalog.AssertSingleViolation("DEPARTMENT_ROLE_UNKNOWN", null, null);

        Assert.Contains("TJ-MZ", violation.Message, StringComparison.Ordinal);
        Assert.Contains($"'{role}'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_department_with_no_role_is_a_violation() =>
        Assert.Contains(
            "TJ-JY",
            WithDepartment(Published, "TJ-JY", d => d with { Roles = [] })
                .AssertSingleViolation("DEPARTMENT_ROLES_EMPTY", null, null)
                .Message,
            StringComparison.Ordinal
        );

    [Theory]
    [InlineData("TJ-MZ", "bureau,department,cdo")]
    [InlineData("TJ-MZ", "department")]
    [InlineData("CITY-DSJ", "reviewer,department")]
    [InlineData("TJ-DSJ", "department,cdo")]
    public void Publishing_may_not_change_a_departments_roles(string code, string roles)
    {
        var violation = WithDepartment(Next, code, d => d with { Roles = roles.Split(',') })
            .AssertSingleViolation("DEPARTMENT_ROLES_CHANGED", null, null, Published);

        Assert.Contains(code, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_the_same_roles_in_another_order_is_no_change() =>
        Assert.Empty(
            CatalogValidator.Validate(
                WithDepartment(Next, "TJ-DSJ", d => d with { Roles = [Roles.Cdo, Roles.Bureau, Roles.Department] }),
                Published
            )
        );

    [Fact]
    public void Publishing_may_not_remove_a_department() =>
        Assert.Contains(
            "TJ-JY",
            (Next with { Departments = [.. Published.Departments.Where(d => d.Code != "TJ-JY")] })
                .AssertSingleViolation("DEPARTMENT_REMOVED", null, null, Published)
                .Message,
            StringComparison.Ordinal
        );

    [Theory]
    [InlineData(Roles.Bureau)]
    [InlineData(Roles.Reviewer)]
    public void Publishing_may_not_add_a_department_holding_a_deployment_only_role(string role)
    {
        var next = Next with
        {
            Departments = [.. Published.Departments, new Department("TJ-WJ", "台江区卫生健康局") { Roles = [Roles.Department, role] }],
        };

        var violation = next.AssertSingleViolation("DEPARTMENT_ROLE_RESERVED", null, null, Published);

        Assert.Contains("TJ-WJ", violation.Message, StringComparison.Ordinal);
        Assert.Contains($"'{role}'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_may_add_a_department_and_rename_one()
    {
        var renamed = WithDepartment(Next, "TJ-SW", d => d with { Name = "台江区税务局" });
        var next = renamed with
        {
            Departments =
            [
                .. renamed.Departments,
                new Department("TJ-WJ", "台江区卫生健康局"),
                new Department("TJ-ZJ", "台江区住建局") { Roles = [Roles.Department] },
            ],
        };

        Assert.Empty(CatalogValidator.Validate(next, Published));
    }

    [Fact]
    public void The_first_version_may_give_any_known_role() =>
        Assert.Empty(CatalogValidator.ValidatePublication(Published, previous: null, publisher: null));

    private static DataCatalog WithDepartment(DataCatalog catalog, string code, Func<Department, Department> change)
    {
        Assert.NotNull(catalog.FindDepartment(code));
        return catalog with { Departments = [.. catalog.Departments.Select(d => d.Code == code ? change(d) : d)] };
    }
}
