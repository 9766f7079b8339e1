namespace TaijiangGraph.Server.Tests.Security;

/// <summary>
/// The same request twice: once naming a classified item (<paramref name="ClassifiedName"/>), once a made-up name of the
/// same length (<paramref name="MadeUpName"/>), so that the two responses must be identical up to the name.
/// </summary>
public sealed record NamePair(string Description, string ClassifiedName, string MadeUpName, Probe Classified, Probe MadeUp)
{
    public override string ToString() => $"{Description} ({ClassifiedName} / {MadeUpName})";
}
