using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using TaijiangGraph.Graph.Errors;
using TaijiangGraph.Graph.Limits;

namespace TaijiangGraph.Graph.Auditing.Signatures;

/// <summary>
/// Whether the document of a result may be signed (docs/audit.md): it ran, or it was refused only by the data-access
/// rule, the query limits, variable values or the introspection rule — so it passed GraphQL validation and every name
/// in it, apart from variable and fragment names, is the schema's. A document that did not parse or validate could
/// carry data in an unknown field, argument or input-field name; it gets no signature.
/// </summary>
internal static class SignableResults
{
    public static bool IsSignable(ExecutionResult result) =>
        result.Executed
        || (result.Errors ?? []).All(e => e is DataAccessError or LimitError or InvalidVariableError or NoIntrospectionError);
}
