using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Server.Tests.DataGraph;

/// <summary>The five resources of the sample catalog: provider and GraphQL connection field (docs/sample-world.md).</summary>
public static class SampleResources
{
    private static readonly Dictionary<string, (string Provider, string Plural)> Resources = new(StringComparer.Ordinal)
    {
        ["market_entity"] = ("TJ-SCJG", "market_entities"),
        ["household_person"] = ("TJ-GA", "household_people"),
        ["social_insurance"] = ("TJ-RS", "social_insurance_records"),
        ["subsistence_allowance"] = ("TJ-MZ", "subsistence_allowances"),
        ["tax_payment"] = ("TJ-SW", "tax_payments"),
    };

    public static string ProviderOf(string resource) => Resources[resource].Provider;

    /// <summary>The connection field, e.g. <c>marketEntities</c>.</summary>
    public static string ConnectionOf(string resource) => GraphNames.Camel(Resources[resource].Plural);

    /// <summary>The GraphQL field of an item, e.g. <c>legalRepId</c>.</summary>
    public static string FieldOf(string item) => GraphNames.Camel(item);
}
