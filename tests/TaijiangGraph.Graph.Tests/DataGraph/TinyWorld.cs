using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Sharing;

namespace TaijiangGraph.Graph.Tests.DataGraph;

/// <summary>
/// A two-resource catalog for driving the graph on fakes: <c>company</c> (provided by TJ-SW; <c>street</c> is
/// conditional) and <c>branch</c>, whose <c>company_code</c> links to its company (reverse: <c>branches</c>).
/// </summary>
internal static class TinyWorld
{
    public const string Provider = "TJ-SW";
    public const string Consumer = "TJ-MZ";

    public static readonly DataCatalog Catalog = new()
    {
        Version = 1,
        Departments = [new Department(Provider, "市场监督管理局"), new Department(Consumer, "民政局")],
        Resources =
        [
            new CatalogResource
            {
                Code = "TJ-SW-001",
                ApiName = "company",
                PluralApiName = "companies",
                Name = "企业",
                Provider = Provider,
                Items =
                [
                    new CatalogItem
                    {
                        ApiName = "company_code",
                        Name = "企业代码",
                        Type = DataType.String,
                        IsKey = true,
                    },
                    new CatalogItem
                    {
                        ApiName = "company_name",
                        Name = "企业名称",
                        Type = DataType.String,
                    },
                    new CatalogItem
                    {
                        ApiName = "street",
                        Name = "街道",
                        Type = DataType.String,
                        Sharing = SharingType.Conditional,
                    },
                ],
            },
            new CatalogResource
            {
                Code = "TJ-SW-002",
                ApiName = "branch",
                PluralApiName = "branches",
                Name = "分支机构",
                Provider = Provider,
                Items =
                [
                    new CatalogItem
                    {
                        ApiName = "branch_code",
                        Name = "分支代码",
                        Type = DataType.String,
                        IsKey = true,
                    },
                    new CatalogItem
                    {
                        ApiName = "branch_name",
                        Name = "分支名称",
                        Type = DataType.String,
                    },
                    new CatalogItem
                    {
                        ApiName = "company_code",
                        Name = "所属企业",
                        Type = DataType.String,
                        Reference = new ItemReference("company", "company_code", "company", "branches"),
                    },
                ],
            },
        ],
    };

    public static Principal User(string department) =>
        new("u-" + department, "测试用户", department, new HashSet<string> { Roles.Department }, null);

    /// <summary>A grant to <see cref="Consumer"/> of <c>company.street</c>, only for rows whose street is
    /// <paramref name="street"/>.</summary>
    public static Grant StreetGrant(string street) =>
        new()
        {
            Id = "G-1",
            Grantee = Consumer,
            Resource = "company",
            Items = [new GrantItem("street")],
            RowScope = new RowScope([new RowScopeCondition("street", [street])]),
            Purpose = "最低生活保障资格核查",
            ValidFrom = new DateOnly(2026, 1, 1),
            ValidTo = new DateOnly(2026, 12, 31),
            Approver = "reviewer-1",
        };

    public static IReadOnlyDictionary<string, object?> Company(string code, string name, string street) =>
        new Dictionary<string, object?>
        {
            ["company_code"] = code,
            ["company_name"] = name,
            ["street"] = street,
        };

    public static IReadOnlyDictionary<string, object?> Branch(string code, string company) =>
        new Dictionary<string, object?>
        {
            ["branch_code"] = code,
            ["branch_name"] = "分支 " + code,
            ["company_code"] = company,
        };
}
