namespace TaijiangGraph.Core.Versions;

/// <summary>How an intake treats refused records, and where it reports progress.</summary>
public sealed record RecordIntakeOptions
{
    /// <summary>False (the default): all or nothing, any refusal writes nothing. True: the valid records are written and the refused
    /// ones listed (an import with <c>--rejects</c>).</summary>
    public bool KeepValid { get; init; }

    /// <summary>What the governance event names as the way the records came in, e.g. <c>push</c> or <c>import</c>.</summary>
    public string Channel { get; init; } = "push";

    /// <summary>True: the result lists every record's <see cref="RecordWriteResult"/> in input order (the push answers them).</summary>
    public bool KeepResults { get; init; }

    /// <summary>Receives the number of records read so far, now and then; null for none.</summary>
    public IProgress<long>? Progress { get; init; }
}
