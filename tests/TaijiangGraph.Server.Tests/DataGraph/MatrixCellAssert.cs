using System.Text.Json;
using TaijiangGraph.Core.Masking;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>
/// Checks one cell of the expectation matrix against a page read over HTTP, row by row against the provider's
/// own read of the same records (matched by position in the default order).
/// </summary>
public static class MatrixCellAssert
{
    public static void Holds(
        GraphQLReply reply,
        string connection,
        string resource,
        string item,
        MatrixCell cell,
        IReadOnlyList<JsonElement> rows,
        IReadOnlyList<JsonElement> providerRows
    )
    {
        var field = SampleResources.FieldOf(item);
        var what = $"{resource}.{item} ({cell.Kind})";
        switch (cell.Kind)
        {
            case MatrixCell.Raw:
                Assert.True(reply.ErrorsFor(resource, item).Count == 0, $"{what}: a raw read has no error.");
                for (var i = 0; i < rows.Count; i++)
                {
                    var (actual, expected) = (rows[i].GetProperty(field).GetRawText(), providerRows[i].GetProperty(field).GetRawText());
                    Assert.True(actual == expected, $"{what}, row {i}: expected the provider's {expected}, got {actual}.");
                }

                break;
            case MatrixCell.Masked:
                Assert.True(reply.ErrorsFor(resource, item).Count == 0, $"{what}: a masked read has no error.");
                Masked(cell, rows, providerRows, field, what);
                break;
            default:
                Denied(reply, connection, resource, item, cell, rows, field, what);
                break;
        }
    }

    private static void Masked(
        MatrixCell cell,
        IReadOnlyList<JsonElement> rows,
        IReadOnlyList<JsonElement> providerRows,
        string field,
        string what
    )
    {
        var compared = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var raw = providerRows[i].GetProperty(field);
            var actual = rows[i].GetProperty(field);
            if (raw.ValueKind == JsonValueKind.Null)
            {
                Assert.True(actual.ValueKind == JsonValueKind.Null, $"{what}, row {i}: a missing value stays null.");
                continue;
            }

            var expected = Masker.Apply(cell.Rule, raw.GetString(), () =>
                throw new InvalidOperationException("The sample has no HASH items.")
            );
            Assert.True(actual.GetString() == expected, $"{what}, row {i}: expected {expected}, got {actual.GetRawText()}.");
            Assert.True(actual.GetString() != raw.GetString(), $"{what}, row {i}: the masked value differs from the raw one.");
            compared++;
        }

        Assert.True(compared > 0, $"{what}: at least one row has a value to mask.");
    }

    private static void Denied(
        GraphQLReply reply,
        string connection,
        string resource,
        string item,
        MatrixCell cell,
        IReadOnlyList<JsonElement> rows,
        string field,
        string what
    )
    {
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(rows[i].GetProperty(field).ValueKind == JsonValueKind.Null, $"{what}, row {i}: a denied item is null.");
        }

        var errors = reply.ErrorsFor(resource, item);
        Assert.True(errors.Count == 1, $"{what}: exactly one error for the item in the list, got {errors.Count}.");
        var error = errors[0];
        var code = cell.Kind == MatrixCell.DeniedConditional ? "FORBIDDEN_CONDITIONAL" : "FORBIDDEN_NOT_SHARED";
        Assert.Equal(code, GraphQLReply.Extension(error, "code"));
        Assert.Equal(rows.Count, error.GetProperty("extensions").GetProperty("count").GetInt32());
        Assert.Equal([connection, "nodes", "0", field], GraphQLReply.PathOf(error));
        var howToApply = GraphQLReply.Extension(error, "howToApply");
        if (cell.Kind == MatrixCell.DeniedConditional)
        {
            Assert.False(string.IsNullOrWhiteSpace(howToApply), $"{what}: a conditional denial says how to apply.");
            Assert.Contains(item, howToApply, StringComparison.Ordinal);
            var apply = error.GetProperty("extensions").GetProperty("apply");
            Assert.Equal(resource, apply.GetProperty("resource").GetString());
            Assert.Contains(item, apply.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
        }
        else
        {
            Assert.Null(howToApply);
            Assert.False(
                error.GetProperty("extensions").TryGetProperty("apply", out _),
                $"{what}: only a conditional denial offers to apply."
            );
        }
    }
}
