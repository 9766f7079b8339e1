namespace TaijiangGraph.Server.TrustedDocuments;

/// <summary>
/// Settings of section <c>TrustedDocuments</c>. When <see cref="Enforce"/> is on (the default outside the
/// Development environment), a principal with an <c>app</c> claim may run only documents registered for its app.
/// </summary>
internal sealed class TrustedDocumentOptions
{
    public const string SectionName = "TrustedDocuments";

    /// <summary>Production mode: app principals run registered documents only; department developers keep ad-hoc queries.</summary>
    public bool Enforce { get; set; }
}
