using TaijiangGraph.Core.Errors;
using TaijiangGraph.Server.Import;

namespace TaijiangGraph.Server.Tests.Import;

/// <summary>docs/import.md, "Header row": every problem of a header at once; a classified item answered like a made-up one.</summary>
public sealed class ImportHeaderMapTests
{
    [Fact]
    public void Every_header_problem_is_listed_at_once()
    {
        string[] header = ["主体名称", "audit_case_ref", "no_such_item", "旧代码", "", "entity_name", "从业人数"];

        var e = Assert.Throws<ImportException>(() => ImportHeaderMap.Map(ImportTestFiles.Resource, header));

        Assert.Equal(
            [
                (ErrorCodes.Import.HeaderUnknown, "audit_case_ref"),
                (ErrorCodes.Import.HeaderUnknown, "no_such_item"),
                (ErrorCodes.Import.HeaderRetired, "旧代码"),
                (ErrorCodes.Import.HeaderEmpty, null),
                (ErrorCodes.Import.HeaderDuplicate, "entity_name"),
                (ErrorCodes.Import.KeyColumnMissing, "credit_code"),
            ],
            e.Violations.Select(v => (v.Code, v.Item))
        );
        Assert.Equal(ErrorCodes.Import.HeaderUnknown, e.Code);
    }

    [Fact]
    public void A_classified_item_is_answered_exactly_like_a_made_up_one_by_API_name_and_by_Chinese_name()
    {
        string Answer(string cell) =>
            Assert
                .Single(
                    Assert.Throws<ImportException>(() => ImportHeaderMap.Map(ImportTestFiles.Resource, ["credit_code", cell])).Violations
                )
                .ToString()
                .Replace(cell, "<cell>", StringComparison.Ordinal);

        Assert.Equal(Answer("made_up_item"), Answer("audit_case_ref"));
        Assert.Equal(Answer("编造的名称"), Answer("稽查案件编号"));
        Assert.Contains(ErrorCodes.Import.HeaderUnknown, Answer("稽查案件编号"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_header_maps_API_and_Chinese_names_in_file_order()
    {
        var columns = ImportHeaderMap.Map(ImportTestFiles.Resource, ["更新时间", "credit_code", "Capital"]);

        Assert.Equal(["updated_at", "credit_code", "capital"], columns.Select(c => c.Item.ApiName));
        Assert.Equal(["更新时间", "credit_code", "Capital"], columns.Select(c => c.Header));
    }
}
