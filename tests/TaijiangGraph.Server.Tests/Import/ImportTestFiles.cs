using System.Globalization;
using System.Text;
using MiniExcelLibs;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Server.Import;

namespace TaijiangGraph.Server.Tests.Import;

/// <summary>A resource with one item of every data type (plus a classified and a retired one), and files written from rows of it.</summary>
internal sealed class ImportTestFiles : IDisposable
{
    public ImportTestFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "tj-import-" + Guid.NewGuid().ToString("N"));

    public static CatalogResource Resource { get; } =
        new()
        {
            Code = "350103-TEST-0001",
            ApiName = "test_entity",
            PluralApiName = "test_entities",
            Name = "测试主体",
            Provider = "TJ-TEST",
            Items =
            [
                new()
                {
                    ApiName = "credit_code",
                    Name = "统一社会信用代码",
                    Type = DataType.String,
                    IsKey = true,
                },
                new()
                {
                    ApiName = "entity_name",
                    Name = "主体名称",
                    Type = DataType.String,
                },
                new()
                {
                    ApiName = "staff_count",
                    Name = "从业人数",
                    Type = DataType.Int,
                },
                new()
                {
                    ApiName = "capital",
                    Name = "注册资本",
                    Type = DataType.Decimal(18, 2),
                },
                new()
                {
                    ApiName = "founded_on",
                    Name = "成立日期",
                    Type = DataType.Date,
                },
                new()
                {
                    ApiName = "updated_at",
                    Name = "更新时间",
                    Type = DataType.DateTime,
                },
                new()
                {
                    ApiName = "active",
                    Name = "是否存续",
                    Type = DataType.Bool,
                },
                new()
                {
                    ApiName = "audit_case_ref",
                    Name = "稽查案件编号",
                    Type = DataType.String,
                    Sharing = SharingType.Classified,
                },
                new()
                {
                    ApiName = "old_code",
                    Name = "旧代码",
                    Type = DataType.String,
                    Retired = true,
                },
            ],
        };

    /// <summary>The Chinese header of the first seven items.</summary>
    public static string[] ChineseHeader { get; } = Resource.Items.Take(7).Select(i => i.Name).ToArray();

    /// <summary>Row <paramref name="i"/> as typed values (what the xlsx holds), in the order of <see cref="ChineseHeader"/>.</summary>
    public static object?[] TypedRow(int i) =>
        [
            $"91350103MA{i:D8}",
            i % 7 == 0 ? null : $"台江{i}号商行, \"老字号\"",
            i % 500,
            i * 10.25m + 0.01m,
            new DateTime(2000, 1, 1).AddDays(i % 9000),
            new DateTime(2024, 3, 5, 8, 30, 15).AddMinutes(i),
            i % 2 == 0,
        ];

    /// <summary>Row <paramref name="i"/> as CSV text, in the order of <see cref="ChineseHeader"/>.</summary>
    public static string?[] TextRow(int i)
    {
        var r = TypedRow(i);
        return
        [
            (string)r[0]!,
            (string?)r[1],
            ((int)r[2]!).ToString(CultureInfo.InvariantCulture),
            ((decimal)r[3]!).ToString(CultureInfo.InvariantCulture),
            ((DateTime)r[4]!).ToString("yyyy/M/d", CultureInfo.InvariantCulture),
            ((DateTime)r[5]!).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            (bool)r[6]! ? "是" : "否",
        ];
    }

    public string WriteCsv(string name, IEnumerable<IReadOnlyList<string?>> records, Encoding encoding)
    {
        var path = Path.Combine(Folder, name);
        using var writer = new StreamWriter(path, false, encoding);
        foreach (var record in records)
        {
            writer.Write(string.Join(',', record.Select(Quote)));
            writer.Write("\r\n");
        }

        return path;
    }

    public string WriteXlsx(string name, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var path = Path.Combine(Folder, name);
        var sheet = rows.Select(r => (IDictionary<string, object?>)header.Select((h, c) => (h, v: r[c])).ToDictionary(p => p.h, p => p.v));
        MiniExcel.SaveAs(path, sheet, printHeader: true, excelType: ExcelType.XLSX);
        return path;
    }

    /// <summary>Every row of the file converted to records, with their lines, or the first violation as an exception.</summary>
    public static List<(long Line, IReadOnlyDictionary<string, object?> Record)> ReadRecords(string path, ImportOptions? options = null)
    {
        using var source = ImportFile.Open(path, options);
        var columns = ImportHeaderMap.Map(Resource, source.Header);
        var converter = new ImportRowConverter(Resource.ApiName, columns, TimeSpan.Zero);
        var records = new List<(long, IReadOnlyDictionary<string, object?>)>();
        foreach (var row in source.ReadRows())
        {
            var (record, violations) = converter.Convert(row);
            Assert.Empty(violations);
            records.Add((row.Line, record));
        }

        return records;
    }

    public static Encoding Gb18030 => CsvEncodingDetector.Gb18030;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string Quote(string? cell) =>
        cell is null ? ""
        : cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;
}
