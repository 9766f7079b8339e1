using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Records;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// Maps an import file's header row to a resource's items (docs/import.md, "Header row"): a header cell is an item's API name
/// (any case) or its Chinese name. A classified item is never found, so its name gets the same answer as a made-up one; a
/// retired item, an item named twice, an empty header cell, a Chinese name of several items and a missing key column are
/// refused. Every problem of the header is listed at once.
/// </summary>
internal static class ImportHeaderMap
{
    /// <exception cref="ImportException">The header has problems; <see cref="ImportException.Violations"/> lists all.</exception>
    public static IReadOnlyList<ImportColumn> Map(CatalogResource resource, IReadOnlyList<string> header)
    {
        var columns = new List<ImportColumn>();
        var violations = new List<RecordViolation>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i];
            if (cell.Length == 0)
            {
                violations.Add(new(ErrorCodes.Import.HeaderEmpty, resource.ApiName, null, $"Header column {i + 1} is empty."));
                continue;
            }

            var candidates = Candidates(resource, cell);
            if (candidates.Count == 0)
            {
                violations.Add(new(ErrorCodes.Import.HeaderUnknown, resource.ApiName, cell, $"'{resource.ApiName}' has no item '{cell}'."));
            }
            else if (candidates.Count > 1)
            {
                violations.Add(
                    new(ErrorCodes.Import.HeaderAmbiguous, resource.ApiName, cell, $"'{cell}' names several items; use the API name.")
                );
            }
            else if (candidates[0].Retired)
            {
                violations.Add(new(ErrorCodes.Import.HeaderRetired, resource.ApiName, cell, "The item is retired and takes no values."));
            }
            else if (seen.TryGetValue(candidates[0].ApiName, out var first))
            {
                violations.Add(
                    new(ErrorCodes.Import.HeaderDuplicate, resource.ApiName, cell, $"'{cell}' names the same item as '{first}'.")
                );
            }
            else
            {
                seen[candidates[0].ApiName] = cell;
                columns.Add(new ImportColumn(cell, candidates[0]));
            }
        }

        var key = resource.Key;
        if (!seen.ContainsKey(key.ApiName))
        {
            violations.Add(
                new(
                    ErrorCodes.Import.KeyColumnMissing,
                    resource.ApiName,
                    key.ApiName,
                    $"No column for the key item '{key.ApiName}' ({key.Name})."
                )
            );
        }

        return violations.Count == 0 ? columns : throw new ImportException(violations);
    }

    /// <summary>The non-classified items the cell names: by API name first, else by Chinese name (active items before retired).</summary>
    private static List<CatalogItem> Candidates(CatalogResource resource, string cell)
    {
        var visible = resource.Items.Where(i => i.Sharing != SharingType.Classified).ToList();
        var byApiName = visible.Where(i => string.Equals(i.ApiName, cell, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byApiName.Count > 0)
        {
            return byApiName;
        }

        var byName = visible.Where(i => i.Name == cell).ToList();
        var active = byName.Where(i => !i.Retired).ToList();
        return active.Count > 0 ? active : byName.Take(1).ToList();
    }
}
