namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// The format a string item's values must have (docs/policy.md, "Value rules"); checked on every write by
/// <c>RecordValidator</c>, never on reads. JSON and GraphQL spell the values <c>ID_NUMBER</c>, <c>CREDIT_CODE</c>, ….
/// </summary>
public enum ValueFormat
{
    /// <summary>An 18-character citizen ID number (公民身份号码) with a real birth date and its GB 11643 check character.</summary>
    IdNumber,

    /// <summary>An 18-character unified social credit code (统一社会信用代码) with its GB 32100 check character.</summary>
    CreditCode,

    /// <summary>
    /// A mainland mobile number (<c>1[3-9]</c> and 9 more digits) or a landline with its area code
    /// (<c>0</c> and 2–3 digits, an optional hyphen, 7–8 digits not starting with 0 or 1). No spaces, no <c>+86</c>, no extension.
    /// </summary>
    Phone,

    /// <summary>The whole value matches the item's <see cref="CatalogItem.Pattern"/> (a .NET regex, with a match timeout).</summary>
    Pattern,
}
