namespace TaijiangGraph.Data.Governance;

/// <summary>
/// A share application as it stands (table <c>share_applications</c>, docs/workflow.md "Storage"): the queryable parts as columns,
/// the request and the history as JSON. <see cref="Version"/> is the optimistic-concurrency token: a step updates the row only
/// where the version is still the one the step was taken on.
/// </summary>
public sealed class ShareApplicationRow
{
    /// <summary>E.g. <c>SA-2026-3F9A1C0B2D4E</c>: the year of submission and twelve random hex digits.</summary>
    public required string Id { get; set; }

    /// <summary>Code of the applicant department.</summary>
    public required string Applicant { get; set; }

    /// <summary>API name of the requested resource.</summary>
    public required string Resource { get; set; }

    /// <summary>The state's name, e.g. <c>Forwarded</c>.</summary>
    public required string State { get; set; }

    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The request as JSON.</summary>
    public required string Request { get; set; }

    /// <summary>The steps taken, oldest first, as a JSON array.</summary>
    public required string History { get; set; }
}
