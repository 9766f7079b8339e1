using GraphQL.Types;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Graph.Schema;

/// <summary>
/// Derives the names a resource may not take from the schema itself (docs/errors.md, <c>NAME_RESERVED</c>): it builds
/// the schema of a probe catalog with one resource, learns which root fields and types a resource generates (its
/// by-key and connection fields, its push mutation; its type, connection, edge, filter, sort and input types), and reserves
/// every stem from which a resource would generate a root field or type name the schema already holds beside the catalog. A root
/// field or type added to the schema later is reserved with no list to keep.
/// </summary>
internal static class SchemaReservedNames
{
    private const string Singular = "probe_one";
    private const string Plural = "probe_many";

    /// <summary>Names every GraphQL schema may hold whether this one uses them or not (the spec's scalars and root types).</summary>
    private static readonly string[] SpecTypeNames = ["Query", "Mutation", "Subscription", "String", "Int", "Float", "Boolean", "ID"];

    /// <summary>The reserved names of the schemas <paramref name="factory"/> builds.</summary>
    public static ReservedNames Derive(GraphSchemaFactory factory)
    {
        var schema = factory.Create(ProbeCatalog());
        string[] stems = [GraphNames.Pascal(Singular), GraphNames.Pascal(Plural)];
        var types = schema.AllTypes.Select(t => t.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal)).ToList();
        var typePatterns = Patterns(types, stems);
        var serviceTypes = types.Where(n => !Generated(n, stems)).Concat(SpecTypeNames);

        // Query and mutation fields alike: a resource generates both (its by-key and connection fields, its push).
        var fields = schema.Query.Fields.Concat(schema.Mutation?.Fields ?? []).Select(f => Upper(f.Name)).ToList();
        var fieldPatterns = Patterns(fields, stems);
        var serviceFields = fields.Where(n => !Generated(n, stems));

        // Types are generated from the singular name: the patterns around it, for the check between resources.
        var generated = Patterns(types, [GraphNames.Pascal(Singular)]).Where(p => types.Contains(p.Prefix + stems[0] + p.Suffix));
        return new ReservedNames(Stems(serviceFields, fieldPatterns).Select(Lower), Stems(serviceTypes, typePatterns), generated);
    }

    /// <summary>How a generated name wraps a resource's stem: (prefix, suffix) pairs; the bare stem always included.</summary>
    private static HashSet<(string Prefix, string Suffix)> Patterns(IEnumerable<string> names, string[] stems)
    {
        var patterns = new HashSet<(string, string)> { (string.Empty, string.Empty) };
        foreach (var name in names)
        {
            foreach (var stem in stems)
            {
                var at = name.IndexOf(stem, StringComparison.Ordinal);
                if (at >= 0)
                {
                    patterns.Add((name[..at], name[(at + stem.Length)..]));
                }
            }
        }

        return patterns;
    }

    private static string Upper(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static string Lower(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static bool Generated(string name, string[] stems) => stems.Any(s => name.Contains(s, StringComparison.Ordinal));

    /// <summary>Every stem from which a pattern gives one of <paramref name="names"/>.</summary>
    private static IEnumerable<string> Stems(IEnumerable<string> names, HashSet<(string Prefix, string Suffix)> patterns) =>
        names
            .SelectMany(name =>
                patterns
                    .Where(p =>
                        name.Length > p.Prefix.Length + p.Suffix.Length
                        && name.StartsWith(p.Prefix, StringComparison.Ordinal)
                        && name.EndsWith(p.Suffix, StringComparison.Ordinal)
                    )
                    .Select(p => name[p.Prefix.Length..^p.Suffix.Length])
            )
            .Distinct(StringComparer.Ordinal);

    /// <summary>One published resource with an item of every data kind, so that every generated and shared type appears.</summary>
    private static DataCatalog ProbeCatalog()
    {
        var items = Enum.GetValues<DataKind>()
            .Select(kind => new CatalogItem
            {
                ApiName = "item_" + kind.ToString().ToLowerInvariant(),
                Name = kind.ToString(),
                Type = kind == DataKind.Decimal ? DataType.Decimal(10, 2) : new DataType(kind),
                IsKey = kind == DataKind.String,
            });
        var resource = new CatalogResource
        {
            Code = "PROBE-1",
            ApiName = Singular,
            PluralApiName = Plural,
            Name = "probe",
            Provider = "PROBE",
            Items = [.. items],
        };
        return new DataCatalog
        {
            Version = 1,
            Departments = [new Department("PROBE", "probe")],
            Resources = [resource],
        };
    }
}
