using System.Text;

namespace TaijiangGraph.Server.Tests.Limits;

/// <summary>Queries of an exact size for each limit, on 社会保险参保信息 and its links (readable by every sample department).</summary>
public static class LimitQueries
{
    /// <summary>A small data read (10 tokens).</summary>
    public const string DataRead = "{ socialInsuranceRecords(first: 1) { totalCount } }";

    private static readonly string[] Path = ["employer", "insuredEmployees(first: 1)", "nodes"];

    /// <summary>A data read whose deepest path has exactly <paramref name="depth"/> fields (at least 2), following employer ↔
    /// insuredEmployees links.</summary>
    public static string Depth(int depth)
    {
        var fields = new List<string> { "socialInsuranceRecords(first: 1)", "nodes" };
        for (var i = 0; fields.Count < depth - 1; i++)
        {
            fields.Add(Path[i % Path.Length]);
        }

        fields.RemoveRange(depth - 1, fields.Count - (depth - 1));
        var last = fields[^1];
        var leaf =
            last.StartsWith("employer", StringComparison.Ordinal) ? "name"
            : last == "nodes" ? "recordId"
            : "totalCount";
        return "{ " + string.Join(" { ", fields) + " { " + leaf + " }" + string.Concat(Enumerable.Repeat(" }", fields.Count - 1)) + " }";
    }

    /// <summary>A data read of <c>first</c> 社会保险 records, each with its employer's <c>first</c> insured employees and
    /// <paramref name="fields"/> scalar fields of each.</summary>
    public static string Nested(int first, int fields)
    {
        var scalars = string.Join(' ', new[] { "recordId", "status", "insuranceType", "lastPaidMonth", "employerCreditCode" }.Take(fields));
        return $"{{ socialInsuranceRecords(first: {first}) {{ nodes {{ employer {{ "
            + $"insuredEmployees(first: {first}) {{ nodes {{ {scalars} }} }} }} }} }} }}";
    }

    /// <summary>A data read with exactly <paramref name="aliases"/> aliases.</summary>
    public static string Aliases(int aliases) =>
        "{ socialInsuranceRecords(first: 1) { " + string.Join(' ', Enumerable.Range(0, aliases).Select(i => $"a{i}: totalCount")) + " } }";

    /// <summary>A data read of exactly <paramref name="length"/> characters (padded with a comment).</summary>
    public static string Length(int length)
    {
        const string head = DataRead + "\n#";
        return head + new string('x', length - head.Length);
    }

    /// <summary>A data read of exactly <paramref name="tokens"/> lexical tokens (at least 11).</summary>
    public static string Tokens(int tokens)
    {
        var text = new StringBuilder("{ socialInsuranceRecords(first: 1) { totalCount }");
        var count = 11; // with the closing brace
        for (; count + 4 <= tokens; count += 4)
        {
            text.Append(" me { user }");
        }

        for (; count < tokens; count++)
        {
            text.Append(" __typename");
        }

        return text.Append(" }").ToString();
    }

    /// <summary>A data read with <paramref name="count"/> <c>@include(if: true)</c> on one field.</summary>
    public static string Directives(int count) =>
        "{ socialInsuranceRecords(first: 1) { totalCount " + string.Concat(Enumerable.Repeat("@include(if: true) ", count)) + "} }";

    /// <summary>A batch of <paramref name="size"/> small data reads.</summary>
    public static string Batch(int size) =>
        "[" + string.Join(',', Enumerable.Repeat(Infrastructure.GraphQLRequests.Body(DataRead), size)) + "]";
}
