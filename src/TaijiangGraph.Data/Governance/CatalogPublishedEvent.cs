using System.Text.Json;
using System.Text.Json.Serialization;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Publishing;

namespace TaijiangGraph.Data.Governance;

/// <summary>
/// The <c>after</c> value of a <c>CATALOG_PUBLISHED</c> governance event:
/// <c>{"version", "note", "department", "changes": {"fromVersion", "toVersion", "departments", "resources", "items"}}</c>,
/// each change with <c>kind</c>, <c>before</c> and <c>after</c> (the <see cref="CatalogDiff"/> in catalog JSON form).
/// </summary>
internal static class CatalogPublishedEvent
{
    private static readonly JsonSerializerOptions Options = new(CatalogJson.Options)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(int version, CatalogPublication publication, CatalogDiff changes) =>
        JsonSerializer.Serialize(
            new
            {
                version,
                note = publication.Note,
                department = publication.Department,
                changes,
            },
            Options
        );
}
