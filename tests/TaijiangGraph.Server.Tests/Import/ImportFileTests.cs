using System.Text;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Server.Import;

namespace TaijiangGraph.Server.Tests.Import;

/// <summary>docs/import.md: CSV in UTF-8 (with or without BOM) and GB18030, and xlsx, read into the same typed records.</summary>
public sealed class ImportFileTests : IDisposable
{
    private const int Rows = 10_000;
    private readonly ImportTestFiles _files = new();

    [Fact]
    public void A_GB18030_csv_and_the_same_rows_as_xlsx_read_identically()
    {
        var csv = _files.WriteCsv(
            "entities.csv",
            Enumerable.Range(0, Rows).Select(ImportTestFiles.TextRow).Prepend(ImportTestFiles.ChineseHeader),
            ImportTestFiles.Gb18030
        );
        var xlsx = _files.WriteXlsx(
            "entities.xlsx",
            ImportTestFiles.ChineseHeader,
            Enumerable.Range(0, Rows).Select(ImportTestFiles.TypedRow)
        );
        using (var source = ImportFile.Open(csv))
        {
            Assert.Equal(54936, ((CsvRowSource)source).Encoding.CodePage);
        }

        var fromCsv = ImportTestFiles.ReadRecords(csv);
        var fromXlsx = ImportTestFiles.ReadRecords(xlsx);

        Assert.Equal(Rows, fromCsv.Count);
        Assert.Equal(Enumerable.Range(2, Rows).Select(i => (long)i), fromCsv.Select(r => r.Line));
        Assert.Equal(fromCsv.Select(r => r.Line), fromXlsx.Select(r => r.Line));
        for (var i = 0; i < Rows; i++)
        {
            Assert.Equal(fromCsv[i].Record, fromXlsx[i].Record);
        }

        var row7 = fromCsv[7].Record;
        Assert.Equal("91350103MA00000007", row7["credit_code"]);
        Assert.Null(row7["entity_name"]);
        Assert.Equal(71.76m, row7["capital"]);
        Assert.Equal(new DateOnly(2000, 1, 8), row7["founded_on"]);
        Assert.Equal(new DateTime(2024, 3, 5, 8, 37, 15, DateTimeKind.Utc), row7["updated_at"]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)row7["updated_at"]!).Kind);
        Assert.Equal(false, row7["active"]);
        Assert.Equal("台江8号商行, \"老字号\"", fromXlsx[8].Record["entity_name"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void UTF8_with_and_without_BOM_reads_like_GB18030(bool bom)
    {
        var rows = Enumerable.Range(0, 50).Select(ImportTestFiles.TextRow).Prepend(ImportTestFiles.ChineseHeader).ToList();
        var utf8 = _files.WriteCsv("utf8.csv", rows, new UTF8Encoding(bom));
        var gb = _files.WriteCsv("gb.csv", rows, ImportTestFiles.Gb18030);
        Assert.Equal(bom, File.ReadAllBytes(utf8).AsSpan().StartsWith("\uFEFF"u8));
        using (var source = ImportFile.Open(utf8))
        {
            Assert.Equal(Encoding.UTF8.CodePage, ((CsvRowSource)source).Encoding.CodePage);
            Assert.Equal(ImportTestFiles.ChineseHeader, source.Header);
        }

        Assert.Equal(ImportTestFiles.ReadRecords(gb).Select(r => r.Record), ImportTestFiles.ReadRecords(utf8).Select(r => r.Record));
    }

    [Fact]
    public void API_names_in_any_case_are_headers_too_and_blank_rows_keep_their_lines()
    {
        var header = new[] { "CREDIT_CODE", "staff_count", " 主体名称 " };
        var path = _files.WriteCsv(
            "api.csv",
            [header, ["K1", "3", "甲"], [null, null, null], ["K2", "", "乙\r\n第二行"], ["K3", " 4 ", null]],
            new UTF8Encoding(false)
        );

        using var source = ImportFile.Open(path);
        var columns = ImportHeaderMap.Map(ImportTestFiles.Resource, source.Header);
        var rows = source.ReadRows().ToList();

        Assert.Equal(["credit_code", "staff_count", "entity_name"], columns.Select(c => c.Item.ApiName));
        Assert.Equal([2L, 4, 5], rows.Select(r => r.Line));
        Assert.Equal("乙\r\n第二行", rows[1].Cells["主体名称"]);
        Assert.Null(rows[1].Cells["staff_count"]);
        var converter = new ImportRowConverter("test_entity", columns, TimeSpan.Zero);
        Assert.Equal(4, converter.Convert(rows[2]).Record["staff_count"]);
        Assert.Null(converter.Convert(rows[1]).Record["staff_count"]);
    }

    [Fact]
    public void Cells_beyond_the_header_are_a_violation_of_their_row()
    {
        var path = _files.WriteCsv(
            "extra.csv",
            [
                ["credit_code", "staff_count"],
                ["K1", "3", "surplus"],
                ["K2", "4", ""],
            ],
            Encoding.UTF8
        );
        using var source = ImportFile.Open(path);
        var converter = new ImportRowConverter("test_entity", ImportHeaderMap.Map(ImportTestFiles.Resource, source.Header), TimeSpan.Zero);

        var violations = source.ReadRows().Select(r => converter.Convert(r).Violations).ToList();

        Assert.Equal(ErrorCodes.Import.ExtraCells, Assert.Single(violations[0]).Code);
        Assert.DoesNotContain("surplus", violations[0][0].Message, StringComparison.Ordinal);
        Assert.Empty(violations[1]);
    }

    [Fact]
    public void Three_bad_rows_are_exactly_the_rows_of_the_rejects_file()
    {
        var rows = Enumerable.Range(0, 10).Select(ImportTestFiles.TextRow).ToList();
        rows[2][2] = "三";
        rows[5][4] = "2024-13-01";
        rows[8][3] = "=1+2";
        var path = _files.WriteCsv("bad.csv", rows.Prepend(ImportTestFiles.ChineseHeader), ImportTestFiles.Gb18030);
        var rejects = Path.Combine(_files.Folder, "rejects.csv");

        var good = 0;
        using (var source = ImportFile.Open(path))
        using (var writer = new RejectsWriter(File.Create(rejects), source.Header))
        {
            var converter = new ImportRowConverter(
                "test_entity",
                ImportHeaderMap.Map(ImportTestFiles.Resource, source.Header),
                TimeSpan.Zero
            );
            foreach (var row in source.ReadRows())
            {
                var (_, violations) = converter.Convert(row);
                if (violations.Count == 0)
                {
                    good++;
                }
                else
                {
                    writer.Write(row, violations);
                }
            }

            Assert.Equal(3, writer.Count);
        }

        Assert.Equal(7, good);
        using var written = ImportFile.Open(rejects);
        var rejected = written.ReadRows().ToList();
        Assert.Equal(["line", "item", "reason", .. ImportTestFiles.ChineseHeader], written.Header);
        Assert.Equal(["4", "7", "10"], rejected.Select(r => r.Cells["line"]));
        Assert.Equal(["staff_count", "founded_on", "capital"], rejected.Select(r => r.Cells["item"]));
        Assert.All(rejected, r => Assert.StartsWith(ErrorCodes.Records.TypeMismatch + ": ", r.Cells["reason"], StringComparison.Ordinal));
        Assert.Equal("三", rejected[0].Cells["从业人数"]);
        Assert.Equal("2024-13-01", rejected[1].Cells["成立日期"]);
        Assert.Equal("'=1+2", rejected[2].Cells["注册资本"]);
    }

    public void Dispose() => _files.Dispose();
}
