namespace TaijiangGraph.Core.Catalog;

/// <summary>The masking rule (脱敏规则) applied to an item for every reader except the provider, unless a grant lifts it.</summary>
public enum MaskingRule
{
    None,

    /// <summary>张** — keeps the first character.</summary>
    Name,

    /// <summary>350103********1234 — keeps the first 6 and last 4 characters.</summary>
    IdNumber,

    /// <summary>138****5678 — keeps the first 3 and last 4 digits.</summary>
    Phone,

    /// <summary>First 6 characters followed by ****.</summary>
    Address,

    /// <summary>Keeps the last 4 digits.</summary>
    BankCard,

    /// <summary>1987-**-** — keeps the year.</summary>
    DateYear,

    /// <summary>Keyed HMAC pseudonym; the key is derived per consumer department.</summary>
    Hash,

    /// <summary>Replaced entirely.</summary>
    Redact,
}
