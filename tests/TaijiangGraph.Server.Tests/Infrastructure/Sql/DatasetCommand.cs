namespace TaijiangGraph.Server.Tests.Infrastructure.Sql;

/// <summary>
/// A command on the dataset tables (<c>ds_*</c>) as the test host's <see cref="DatasetSqlGuard"/> saw it: the SQL, the
/// department of the caller whose request issued it (null outside a request, e.g. seeding) and the request's
/// <see cref="CurrentRequest.TagHeader"/> value, if the test sent one.
/// </summary>
public sealed record DatasetCommand(string Sql, SqlShape Shape, string? Department, string? RequestTag)
{
    public bool IsSelect => Shape.IsSelect;

    public override string ToString() => $"[{Department ?? "no caller"}] {Sql}";
}
