using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// Derives GraphQL names from catalog API names: type = PascalCase(singular), by-key field =
/// camelCase(singular), connection field = camelCase(plural), item field = camelCase(item).
/// </summary>
public static partial class GraphNames
{
    /// <summary>snake_case: lower-case letters and digits in words joined by single underscores, starting with a letter.</summary>
    public static bool IsValidApiName(string name) => ApiNamePattern().IsMatch(name) && name.Length <= 63;

    public static string Pascal(string snake)
    {
        var sb = new StringBuilder(snake.Length);
        foreach (var part in snake.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(char.ToUpper(part[0], CultureInfo.InvariantCulture)).Append(part.AsSpan(1));
        }

        return sb.ToString();
    }

    public static string Camel(string snake)
    {
        var pascal = Pascal(snake);
        return pascal.Length == 0 ? pascal : char.ToLower(pascal[0], CultureInfo.InvariantCulture) + pascal[1..];
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ApiNamePattern();
}
