using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Seeding;

namespace TaijiangGraph.Data.Tests.Support;

/// <summary>Catalogs the dataset tests publish: the sample catalog, and a small one with an item of every data kind.</summary>
internal static class TestCatalogs
{
    public const string Department = "TJ-TEST";

    /// <summary>The sample catalog the server seeds.</summary>
    public static DataCatalog Sample => SampleSeed.Load().Catalog;

    /// <summary>Resource <c>kind_sample</c>: key <c>code</c> and one item per kind: text, count, amount (decimal(18,2)), day, moment,
    /// flag.</summary>
    public static DataCatalog AllKinds { get; } = Build();

    public static CatalogResource KindSample => AllKinds.Resources[0];

    /// <summary>A <c>kind_sample</c> record: the key <c>code</c> and the given item values.</summary>
    public static IReadOnlyDictionary<string, object?> Record(string code, params (string Item, object? Value)[] values) =>
        values.Prepend(("code", code)).ToDictionary(v => v.Item1, v => v.Item2);

    /// <summary>The catalog with one resource's items changed.</summary>
    public static DataCatalog WithItems(
        this DataCatalog catalog,
        string resource,
        Func<IReadOnlyList<CatalogItem>, IEnumerable<CatalogItem>> change
    ) =>
        catalog with
        {
            Resources = [.. catalog.Resources.Select(r => r.ApiName == resource ? r with { Items = [.. change(r.Items)] } : r)],
        };

    public static CatalogResource Resource(this DataCatalog catalog, string apiName) =>
        catalog.FindResource(apiName) ?? throw new ArgumentException($"No resource {apiName}.", nameof(apiName));

    private static DataCatalog Build()
    {
        var catalog = new DataCatalog
        {
            Version = 1,
            Departments = [new Department(Department, "数据类型测试部门")],
            Resources =
            [
                new CatalogResource
                {
                    Code = "350103-TEST-0001",
                    ApiName = "kind_sample",
                    PluralApiName = "kind_samples",
                    Name = "数据类型样例",
                    Provider = Department,
                    Items =
                    [
                        new CatalogItem
                        {
                            ApiName = "code",
                            Name = "编号",
                            Type = DataType.String,
                            IsKey = true,
                        },
                        new CatalogItem
                        {
                            ApiName = "text",
                            Name = "文本",
                            Type = DataType.String,
                        },
                        new CatalogItem
                        {
                            ApiName = "count",
                            Name = "数量",
                            Type = DataType.Int,
                        },
                        new CatalogItem
                        {
                            ApiName = "amount",
                            Name = "金额",
                            Type = DataType.Decimal(18, 2),
                        },
                        new CatalogItem
                        {
                            ApiName = "day",
                            Name = "日期",
                            Type = DataType.Date,
                        },
                        new CatalogItem
                        {
                            ApiName = "moment",
                            Name = "时间",
                            Type = DataType.DateTime,
                        },
                        new CatalogItem
                        {
                            ApiName = "flag",
                            Name = "标记",
                            Type = DataType.Bool,
                        },
                        new CatalogItem
                        {
                            ApiName = "secret",
                            Name = "涉密信息",
                            Type = DataType.String,
                            Sharing = SharingType.Classified,
                        },
                    ],
                },
            ],
        };
        CatalogValidator.EnsureValid(catalog);
        return catalog;
    }
}
