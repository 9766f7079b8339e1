using System.Text;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Server.Import;

namespace TaijiangGraph.Server.Tests.Import;

/// <summary>docs/import.md, "Rejects file": UTF-8 with BOM, line, item and reason, the original cells, formulas neutralised.</summary>
public sealed class RejectsWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("a=b", "a=b")]
    [InlineData("台江", "台江")]
    [InlineData(null, "")]
    public void Formula_starts_are_neutralised(string? cell, string expected) => Assert.Equal(expected, FormulaGuard.Neutralise(cell));

    [Fact]
    public void A_rejects_file_holds_line_item_reason_and_the_neutralised_original_cells()
    {
        using var stream = new MemoryStream();
        using (var writer = new RejectsWriter(stream, ["credit_code", "=注册资本"]))
        {
            var cells = new Dictionary<string, string?> { ["credit_code"] = "@K1", ["=注册资本"] = "=1+2,\"x\"" };
            writer.Write(
                new ImportRow(7, cells),
                [
                    new RecordViolation(ErrorCodes.Records.TypeMismatch, "test_entity", "capital", "Not a decimal."),
                    new RecordViolation(ErrorCodes.Import.ExtraCells, "test_entity", null, "1 non-empty cells."),
                ]
            );
            Assert.Equal(1, writer.Count);
        }

        var bytes = stream.ToArray();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Equal(
            "line,item,reason,credit_code,'=注册资本\r\n"
                + "7,capital,TYPE_MISMATCH: Not a decimal.; IMPORT_EXTRA_CELLS: 1 non-empty cells.,'@K1,\"'=1+2,\"\"x\"\"\"\r\n",
            text
        );
    }
}
