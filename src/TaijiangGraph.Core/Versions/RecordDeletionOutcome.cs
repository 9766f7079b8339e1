namespace TaijiangGraph.Core.Versions;

/// <summary>The result of one step of a deletion request: the request as it now stands, or a refusal with its code and a message
/// that holds no record value.</summary>
public sealed record RecordDeletionOutcome
{
    private RecordDeletionOutcome() { }

    public RecordDeletionRequest? Request { get; private init; }

    /// <summary>The refusal's code; null when the step succeeded.</summary>
    public string? Code { get; private init; }

    public string? Message { get; private init; }

    public bool Succeeded => Code is null;

    public static RecordDeletionOutcome Done(RecordDeletionRequest request) => new() { Request = request };

    public static RecordDeletionOutcome Refused(string code, string message) => new() { Code = code, Message = message };
}
