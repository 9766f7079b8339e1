namespace TaijiangGraph.Data.Governance;

/// <summary>
/// The version stamp of the governance database: how many governance events it holds and the highest event id. Every grant change
/// and catalog publication writes an event in its transaction, so a change committed by any instance moves the stamp; the count
/// moves even when a transaction that took a lower id commits after one that took a higher id.
/// </summary>
internal readonly record struct GovernanceStamp(long Events, long LastId);
