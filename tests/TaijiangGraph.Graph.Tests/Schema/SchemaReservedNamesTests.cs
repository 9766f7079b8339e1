using System.Text;
using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Schema;
using TaijiangGraph.Graph.Tests.Support;

namespace TaijiangGraph.Graph.Tests.Schema;

/// <summary>
/// docs/errors.md (<c>NAME_RESERVED</c>): the names a resource may not take come from the schema the service builds,
/// not from a list kept by hand: every root field and type beside the catalog is reserved, and so is every stem from
/// which a resource's generated names (type, connection, edge, filter, sort, input; by-key, connection and push fields) would
/// equal one of them.
/// </summary>
public sealed class SchemaReservedNamesTests
{
    private const string Renamed = "subsistence_allowance";
    private static readonly DataCatalog Sample = SampleWorld.Load().Catalog;
    private static readonly (ReservedNames Reserved, ISchema Schema) Built = TestSchemaFactory.Use(f =>
        (SchemaReservedNames.Derive(f), f.Create(Sample))
    );
    private static readonly ReservedNames Reserved = Built.Reserved;
    private static readonly ISchema SampleSchema = Built.Schema;

    /// <summary>The sample schema's root fields that no sample resource generates (query and mutation).</summary>
    private static readonly IReadOnlyList<string> RootFieldNames = ServiceRootFieldNames();

    /// <summary>The sample schema's types (introspection's aside) that no sample resource generates.</summary>
    private static readonly IReadOnlyList<string> TypeNames = ServiceTypeNames();

    public static TheoryData<string> ServiceRootFields() => [.. RootFieldNames];

    public static TheoryData<string> ServiceTypes() => [.. TypeNames];

    [Fact]
    public void The_schema_beside_the_catalog_has_root_fields_and_types_to_reserve()
    {
        Assert.Contains("publishCatalog", RootFieldNames);
        Assert.Contains("governanceEvents", RootFieldNames);
        Assert.Contains("DateTimeOffset", TypeNames);
        Assert.Contains("StringOperationFilterInput", TypeNames);
    }

    [Theory]
    [MemberData(nameof(ServiceRootFields))]
    public void Every_root_field_beside_the_catalog_is_reserved_as_a_singular_and_as_a_plural_name(string field)
    {
        Assert.Contains(field, Reserved.RootFields);
        AssertRefused(Snake(field), Snake(field) + "_list", Snake(field));
        AssertRefused("probe_allowance", Snake(field), "probe_allowance");
    }

    [Theory]
    [MemberData(nameof(ServiceTypes))]
    public void Every_type_beside_the_catalog_is_reserved(string type)
    {
        Assert.Contains(type, Reserved.TypeNames);
        AssertRefused(Snake(type), Snake(type) + "_list", Snake(type));
    }

    [Theory]
    [InlineData("string_operation", "StringOperationFilterInput")]
    [InlineData("decimal_operation", "DecimalOperationFilterInput")]
    [InlineData("date_operation", "DateOperationFilterInput")]
    public void A_resource_whose_generated_filter_type_would_be_a_service_type_is_refused(string name, string serviceType)
    {
        Assert.Contains(serviceType, TypeNames);
        AssertRefused(name, name + "_list", name);
    }

    [Theory]
    [InlineData("string_operation_filter", "StringOperationFilterInput")]
    [InlineData("share_application", "ShareApplicationInput")]
    [InlineData("row_scope_condition", "RowScopeConditionInput")]
    public void A_resource_whose_generated_input_type_would_be_a_service_type_is_refused(string name, string serviceType)
    {
        Assert.Contains(serviceType, TypeNames);
        AssertRefused(name, name + "_list", name);
    }

    [Fact]
    public void The_push_types_are_service_types_and_the_pushes_are_generated_fields()
    {
        Assert.Contains("PushResult", TypeNames);
        Assert.Contains("PushedRecord", TypeNames);
        Assert.Contains("PushOutcome", TypeNames);
        AssertRefused("push_result", "push_results", "push_result");
        Assert.Contains("upsertTaxPayments", SampleSchema.Mutation!.Fields.Select(f => f.Name));
        Assert.Contains("TaxPaymentInput", SampleSchema.AllTypes.Select(t => t.Name));
        // the probe's own push is learnt as generated, not reserved as a service field
        Assert.DoesNotContain(Reserved.RootFields, f => f.StartsWith("upsert", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tax_payment_input", "TaxPaymentInput")]
    [InlineData("market_entity_connection", "MarketEntityConnection")]
    [InlineData("household_person_sort", "HouseholdPersonSortInput")]
    public void Two_resources_may_not_generate_one_type_name(string name, string type)
    {
        Assert.Contains(("", "Input"), Reserved.TypePatterns);
        var violations = CatalogValidator.Validate(Rename(name, name + "_list"), reserved: Reserved);

        var clash = Assert.Single(violations, v => v.Code == "NAME_DUPLICATE");
        Assert.Contains($"'{type}'", clash.Message, StringComparison.Ordinal);
        Assert.Contains($"'{name}'", clash.Message, StringComparison.Ordinal); // named as the resource or as the type's first owner
        Assert.Empty(CatalogValidator.Validate(Rename(name, name + "_list"))); // a host without a graph generates no types
    }

    [Fact]
    public void The_sample_catalog_takes_no_reserved_name() => Assert.Empty(CatalogValidator.Validate(Sample, reserved: Reserved));

    [Theory]
    [InlineData("school")]
    [InlineData("node")]
    [InlineData("operation")]
    public void A_name_the_schema_does_not_hold_is_free(string name)
    {
        Assert.False(Reserved.Reserves(name));
        Assert.Empty(CatalogValidator.Validate(Rename(name, name + "_list"), reserved: Reserved));
    }

    private static List<string> ServiceRootFieldNames()
    {
        var generated = Sample
            .Resources.SelectMany(r =>
                new[] { GraphNames.Camel(r.ApiName), GraphNames.Camel(r.PluralApiName), "upsert" + GraphNames.Pascal(r.PluralApiName) }
            )
            .ToHashSet(StringComparer.Ordinal);
        return [.. SampleSchema.Query.Fields.Concat(SampleSchema.Mutation!.Fields).Select(f => f.Name).Where(n => !generated.Contains(n))];
    }

    private static List<string> ServiceTypeNames()
    {
        var stems = Sample.Resources.Select(r => GraphNames.Pascal(r.ApiName)).ToList();
        return
        [
            .. SampleSchema
                .AllTypes.Select(t => t.Name)
                .Where(n => !n.StartsWith("__", StringComparison.Ordinal) && !stems.Any(s => n.Contains(s, StringComparison.Ordinal))),
        ];
    }

    private static void AssertRefused(string singular, string plural, string resource)
    {
        var violations = CatalogValidator.Validate(Rename(singular, plural), reserved: Reserved);
        Assert.Contains(violations, v => v.Code == "NAME_RESERVED" && v.Resource == resource && v.Item is null);
        Assert.DoesNotContain(CatalogValidator.Validate(Rename(singular, plural)), v => v.Code == "NAME_RESERVED");
    }

    private static DataCatalog Rename(string singular, string plural) =>
        Sample with
        {
            Resources = [.. Sample.Resources.Select(r => r.ApiName == Renamed ? r with { ApiName = singular, PluralApiName = plural } : r)],
        };

    /// <summary>The snake_case API name whose GraphQL name is <paramref name="graphName"/> (camelCase or PascalCase).</summary>
    private static string Snake(string graphName)
    {
        var snake = new StringBuilder();
        foreach (var c in graphName)
        {
            if (char.IsUpper(c) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(c));
        }

        Assert.True(GraphNames.IsValidApiName(snake.ToString()), snake.ToString());
        Assert.Equal(graphName, char.IsUpper(graphName[0]) ? GraphNames.Pascal(snake.ToString()) : GraphNames.Camel(snake.ToString()));
        return snake.ToString();
    }
}
