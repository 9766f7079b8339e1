using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using TaijiangGraph.Graph.Metadata;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Policy;

/// <summary>Starts the draft of a data field during validation: what it reads, and the columns of its selection.</summary>
internal static class FieldDrafts
{
    /// <summary>
    /// The draft of <paramref name="field"/> before its paging arguments: the resource of its node type (for a link,
    /// the linked one; for a connection, its nodes') and the columns each top-level selection adds.
    /// </summary>
    public static FieldDraft Of(ValidationContext context, GraphQLField field, FieldType definition, RequestAccess access)
    {
        var role = definition.Role();
        var connection = role is DataFieldRole.Connection or DataFieldRole.Reverse;
        var nodeType = (IComplexGraphType)definition.ResolvedType!.GetNamedType();
        if (connection)
        {
            nodeType = (IComplexGraphType)nodeType.GetField("nodes")!.ResolvedType!.GetNamedType();
        }

        var resource = nodeType.Resource()!;
        var selections = (field.SelectionSet?.Selections ?? [])
            .Select(s => KeyValuePair.Create(s, SelectionColumns.Of(context.Document, s, connection, nodeType, resource, access)))
            .ToList();
        return new FieldDraft(field, resource, role, null, [], 0, null, null, null, selections);
    }
}
