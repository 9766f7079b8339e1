namespace TaijiangGraph.Baseline.Raw;

/// <summary>One market entity as both baselines serve it: the three columns of the server's page query.</summary>
public sealed record MarketEntityRow(string CreditCode, string? Name, string? Street);
