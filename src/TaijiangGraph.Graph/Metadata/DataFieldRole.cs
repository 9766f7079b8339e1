namespace TaijiangGraph.Graph.Metadata;

/// <summary>What a field of the generated graph does.</summary>
public enum DataFieldRole
{
    None,

    /// <summary>An item's value on a resource type.</summary>
    Item,

    /// <summary>A root by-key field, e.g. <c>marketEntity(creditCode:)</c>.</summary>
    ByKey,

    /// <summary>A root connection field, e.g. <c>marketEntities(where, order, first, after)</c>.</summary>
    Connection,

    /// <summary>A link to the referenced record, e.g. <c>legalRepPerson</c>; resource = the linking resource, item = the linking
    /// item.</summary>
    Link,

    /// <summary>A reverse connection, e.g. <c>taxPayments</c> on <c>MarketEntity</c>; resource = the referencing resource, item = the
    /// referencing item.</summary>
    Reverse,

    /// <summary>A root push mutation, e.g. <c>upsertMarketEntities(records:)</c>; resource = the resource written.</summary>
    Push,

    /// <summary>A record's <c>recordInfo</c> (version and change time, no item value); resource = the record's resource.</summary>
    RecordInfo,
}
