using System.Security.Cryptography;
using System.Text;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Filtering;
using TaijiangGraph.Graph.Metadata;

namespace TaijiangGraph.Graph.Paging;

/// <summary>A stable hash of a filter (<c>updatedSince</c> included) and an order, binding a cursor to the query that issued
/// it.</summary>
internal static class CursorSignature
{
    public static string Of(FilterNode? filter, IReadOnlyList<SortKey> order)
    {
        var text = new StringBuilder();
        Write(text, filter);
        text.Append("|order:");
        foreach (var key in order)
        {
            text.Append(key.Item).Append(key.Descending ? " desc," : " asc,");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    private static void Write(StringBuilder text, FilterNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("none");
                break;
            case AndFilter and:
                text.Append("and(");
                and.Operands.ToList()
                    .ForEach(o =>
                    {
                        Write(text, o);
                        text.Append(',');
                    });
                text.Append(')');
                break;
            case OrFilter or:
                text.Append("or(");
                or.Operands.ToList()
                    .ForEach(o =>
                    {
                        Write(text, o);
                        text.Append(',');
                    });
                text.Append(')');
                break;
            case ChangedAfterCondition c:
                text.Append("changed_after ").Append(c.Instant.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ItemCondition c:
                text.Append(c.Item).Append(' ').Append(c.Operator).Append(' ').Append(ItemValues.Canonical(c.Value));
                break;
        }
    }
}
