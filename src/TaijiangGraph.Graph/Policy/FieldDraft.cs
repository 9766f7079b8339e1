using GraphQLParser.AST;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Datasets;
using TaijiangGraph.Core.Querying;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Graph.Planning;

namespace TaijiangGraph.Graph.Policy;

/// <summary>
/// What validation parsed for one data field while visiting it (arguments parsed and the cursor decoded once); it
/// becomes a <see cref="FieldPlan"/> when the document is left and the request's row scope is final.
/// </summary>
/// <param name="Selections">The columns each top-level selection of the field adds (see <see cref="SelectionColumns"/>).</param>
internal sealed record FieldDraft(
    GraphQLField Field,
    CatalogResource Resource,
    DataFieldRole Role,
    FilterNode? Where,
    IReadOnlyList<SortKey> Order,
    int First,
    KeysetPosition? Position,
    CursorBinding? Binding,
    object? Key,
    IReadOnlyList<KeyValuePair<ASTNode, IReadOnlyList<string>>> Selections
);
