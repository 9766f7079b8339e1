using System.Collections.Concurrent;
using GraphQLParser.AST;
using TaijiangGraph.Graph.Auditing.Signatures;

namespace TaijiangGraph.Graph.Caching;

/// <summary>
/// A parsed document that passed validation, with the signatures of its operations (docs/audit.md) printed once each,
/// on first use. Only names that select an operation are remembered, so callers cannot grow the entry.
/// </summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    private readonly ConcurrentDictionary<GraphQLOperationDefinition, OperationSignature> _signatures = new(
        ReferenceEqualityComparer.Instance
    );

    public GraphQLDocument Document { get; } = document;

    /// <summary>The signature of the operation <paramref name="operationName"/> selects; null when it selects none.</summary>
    public OperationSignature? SignatureOf(string? operationName) =>
        SignaturePrinter.Select(Document, operationName) is { } operation
            ? _signatures.GetOrAdd(operation, o => SignaturePrinter.PrintOperation(Document, o))
            : null;
}
