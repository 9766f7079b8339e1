using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// Checks a catalog against the catalog rules (目录管理) and, when a previous version is given, the
/// rules of schema evolution; a publication is also checked against its publisher's department (only a
/// resource's provider changes its items). Returns every violation, never only the first.
/// </summary>
public static class CatalogValidator
{
    /// <summary>
    /// The longest resource API name: its dataset table <c>ds_{name}</c> must fit PostgreSQL's 63-byte identifiers,
    /// which would otherwise be truncated onto another resource's table name.
    /// </summary>
    public const int MaxResourceApiNameLength = 60;

    /// <param name="reserved">The graph names the service reserves (derived from its schema by the graph); none when null.</param>
    public static IReadOnlyList<CatalogViolation> Validate(
        DataCatalog catalog,
        DataCatalog? previous = null,
        ReservedNames? reserved = null
    ) => Validate(catalog, previous, previous is null ? null : CatalogDiff.Between(previous, catalog), reserved ?? ReservedNames.None);

    /// <summary>
    /// <see cref="Validate(DataCatalog, DataCatalog?, ReservedNames?)"/> plus the provider rule of publication: on a resource
    /// <paramref name="publisher"/> does not provide, existing items may only be retired.
    /// </summary>
    /// <param name="publisher">The publishing department's code; null (no department, e.g. the deployment's seed) provides nothing.</param>
    /// <param name="reserved">The graph names the service reserves (derived from its schema by the graph); none when null.</param>
    public static IReadOnlyList<CatalogViolation> ValidatePublication(
        DataCatalog catalog,
        DataCatalog? previous,
        string? publisher,
        ReservedNames? reserved = null
    )
    {
        if (previous is null)
        {
            return Validate(catalog, reserved: reserved);
        }

        var diff = CatalogDiff.Between(previous, catalog);
        var v = Validate(catalog, previous, diff, reserved ?? ReservedNames.None);
        CatalogProviderRules.Check(previous, diff, publisher, v);
        return v;
    }

    /// <summary>Validates a publication and throws <see cref="CatalogInvalidException"/> with all violations when there are any.</summary>
    public static void EnsurePublishable(DataCatalog catalog, DataCatalog? previous, string? publisher, ReservedNames? reserved = null)
    {
        var violations = ValidatePublication(catalog, previous, publisher, reserved);
        if (violations.Count > 0)
        {
            throw new CatalogInvalidException(violations);
        }
    }

    private static List<CatalogViolation> Validate(DataCatalog catalog, DataCatalog? previous, CatalogDiff? diff, ReservedNames reserved)
    {
        var v = new List<CatalogViolation>();
        CatalogDepartmentRules.Check(catalog, v);
        CheckResourceNames(catalog, reserved, v);
        foreach (var resource in catalog.Resources)
        {
            CheckResource(catalog, resource, v);
        }

        if (previous is not null)
        {
            CatalogEvolutionRules.Check(previous, catalog, diff!, v);
        }

        return v;
    }

    /// <summary>Validates and throws <see cref="CatalogInvalidException"/> with all violations when there are any.</summary>
    public static void EnsureValid(DataCatalog catalog, DataCatalog? previous = null, ReservedNames? reserved = null)
    {
        var violations = Validate(catalog, previous, reserved);
        if (violations.Count > 0)
        {
            throw new CatalogInvalidException(violations);
        }
    }

    private static void CheckResourceNames(DataCatalog catalog, ReservedNames reserved, List<CatalogViolation> v)
    {
        foreach (var dup in catalog.Resources.GroupBy(r => r.Code).Where(g => g.Count() > 1))
        {
            foreach (var r in dup.Skip(1))
            {
                v.Add(
                    new(
                        ErrorCodes.Catalog.ResourceCodeDuplicate,
                        r.ApiName,
                        null,
                        $"Resource code '{dup.Key}' is " + $"already used by " + $"resource '{dup.First().ApiName}'."
                    )
                );
            }
        }

        // Every root field and type name the graph derives must be unique across resources.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in catalog.Resources)
        {
            foreach (var name in new[] { r.ApiName, r.PluralApiName })
            {
                if (!GraphNames.IsValidApiName(name))
                {
                    v.Add(
                        new(
                            ErrorCodes.Catalog.NameInvalid,
                            r.ApiName,
                            null,
                            $"Resource API name '{name}' is not snake_case (a-z, "
                                + $"0-9, single underscores, starting with a letter, at most 63 characters)."
                        )
                    );
                    continue;
                }

                var field = GraphNames.Camel(name);
                if (reserved.Reserves(name))
                {
                    v.Add(
                        new(
                            ErrorCodes.Catalog.NameReserved,
                            r.ApiName,
                            null,
                            $"Resource API name '{name}' " + $"collides with a " + $"name the " + $"service reserves."
                        )
                    );
                }
                else if (owners.TryGetValue(field, out var owner))
                {
                    v.Add(
                        new(
                            ErrorCodes.Catalog.NameDuplicate,
                            r.ApiName,
                            null,
                            $"Resource API name '{name}' gives the " + $"GraphQL name " + $"'{field}', already used by resource '{owner}'."
                        )
                    );
                }
                else
                {
                    owners[field] = r.ApiName;
                }
            }

            if (GraphNames.IsValidApiName(r.ApiName) && r.ApiName.Length > MaxResourceApiNameLength)
            {
                v.Add(
                    new(
                        ErrorCodes.Catalog.NameInvalid,
                        r.ApiName,
                        null,
                        $"Resource API name '{r.ApiName}' is longer than "
                            + $"{MaxResourceApiNameLength} characters: its dataset table name must stay within 63."
                    )
                );
            }

            if (r.ApiName == r.PluralApiName)
            {
                v.Add(new(ErrorCodes.Catalog.NameDuplicate, r.ApiName, null, "Singular and plural API names must differ."));
            }
        }

        CheckGeneratedTypeNames(catalog, reserved, v);
    }

    /// <summary>No two resources generate one type name (e.g. <c>x_input</c>'s type and <c>x</c>'s input type, <c>XInput</c>).</summary>
    private static void CheckGeneratedTypeNames(DataCatalog catalog, ReservedNames reserved, List<CatalogViolation> v)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in catalog.Resources.Where(r => GraphNames.IsValidApiName(r.ApiName)))
        {
            foreach (var type in reserved.GeneratedTypeNames(r.ApiName).Distinct(StringComparer.Ordinal))
            {
                if (!owners.TryAdd(type, r.ApiName) && owners[type] != r.ApiName)
                {
                    v.Add(
                        new(
                            ErrorCodes.Catalog.NameDuplicate,
                            r.ApiName,
                            null,
                            $"Resource API name '{r.ApiName}' gives the GraphQL type '{type}', "
                                + $"already generated for resource '{owners[type]}'."
                        )
                    );
                }
            }
        }
    }

    private static void CheckResource(DataCatalog catalog, CatalogResource r, List<CatalogViolation> v)
    {
        if (catalog.FindDepartment(r.Provider) is null)
        {
            v.Add(new(ErrorCodes.Catalog.ProviderUnknown, r.ApiName, null, $"Provider department '{r.Provider}' is not registered."));
        }

        if (string.IsNullOrWhiteSpace(r.Code) || string.IsNullOrWhiteSpace(r.Name))
        {
            v.Add(new(ErrorCodes.Catalog.ResourceIncomplete, r.ApiName, null, "A resource needs a catalog code and a name."));
        }

        var keys = r.Items.Where(i => i.IsKey).ToList();
        if (keys.Count == 0)
        {
            v.Add(new(ErrorCodes.Catalog.KeyCount, r.ApiName, null, "A resource needs exactly one key item; it has none."));
        }
        else if (keys.Count > 1)
        {
            var all = string.Join(", ", keys.Select(k => k.ApiName));
            foreach (var key in keys)
            {
                v.Add(
                    new(
                        ErrorCodes.Catalog.KeyCount,
                        r.ApiName,
                        key.ApiName,
                        $"A resource needs exactly one key " + $"item; it has " + $"{keys.Count} ({all})."
                    )
                );
            }
        }

        var fieldOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in r.Items)
        {
            CheckItemName(r, item.ApiName, item.ApiName, fieldOwners, v);
            CatalogItemRules.Check(catalog, r, item, v);
        }

        // Link fields after all item fields, so that a collision names the referencing item.
        foreach (var item in r.Items.Where(i => i.Reference is not null && i.Sharing != SharingType.Classified))
        {
            CheckItemName(r, item.ApiName, item.Reference!.LinkName, fieldOwners, v);
        }

        // Reverse connection fields are added to the referenced resource's type (referenced by API name or code).
        foreach (
            var reverse in catalog.Resources.SelectMany(other =>
                other
                    .Items.Where(i =>
                        i.Reference?.ReverseName is not null
                        && i.Sharing != SharingType.Classified
                        && ReferenceEquals(catalog.FindResource(i.Reference.Resource), r)
                    )
                    .Select(i => (other, item: i))
            )
        )
        {
            CheckItemName(reverse.other, reverse.item.ApiName, reverse.item.Reference!.ReverseName!, fieldOwners, v);
        }
    }

    private static void CheckItemName(
        CatalogResource r,
        string item,
        string name,
        Dictionary<string, string> owners,
        List<CatalogViolation> v
    )
    {
        if (!GraphNames.IsValidApiName(name))
        {
            v.Add(
                new(
                    ErrorCodes.Catalog.NameInvalid,
                    r.ApiName,
                    item,
                    $"API name '{name}' is not snake_case (a-z, 0-9, single "
                        + $"underscores, starting with a letter, at most 63 characters)."
                )
            );
            return;
        }

        if (ReservedNames.ItemNames.Contains(name))
        {
            v.Add(new(ErrorCodes.Catalog.NameReserved, r.ApiName, item, $"API name '{name}' is reserved by the service."));
            return;
        }

        var field = GraphNames.Camel(name);
        if (!owners.TryAdd(field, $"{r.ApiName}.{item}"))
        {
            v.Add(
                new(
                    ErrorCodes.Catalog.NameDuplicate,
                    r.ApiName,
                    item,
                    $"API name '{name}' gives the " + $"GraphQL field " + $"'{field}', already " + $"used by '{owners[field]}'."
                )
            );
        }
    }
}
