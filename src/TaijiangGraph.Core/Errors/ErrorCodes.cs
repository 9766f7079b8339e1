namespace TaijiangGraph.Core.Errors;

/// <summary>
/// Every error code the service puts on the wire (<c>extensions.code</c> of an error, or <c>code</c> of a catalog
/// or record violation), in one place; docs/errors.md documents each of them. The code is the contract, messages
/// may change. A code is a <c>const</c> of exactly one nested group, and no other source file under <c>src</c> spells
/// a code as a string literal (a test scans for that). The groups follow who refuses and why:
/// <list type="bullet">
/// <item><see cref="Request"/>: the HTTP request itself (authentication, rate limit, body, method, media type, trusted documents).</item>
/// <item><see cref="Limits"/>: the size and cost limits of a request, its documents and its arguments.</item>
/// <item><see cref="Policy"/>: the data-access rules (sharing types, purpose, lookups, cursors and filter values).</item>
/// <item><see cref="Audit"/>: the audit trail could not keep its promise, so nothing is answered.</item>
/// <item><see cref="Service"/>: an unexpected failure inside the service.</item>
/// <item><see cref="Governance"/>: governance fields (publishing, audit queries) refused to the caller's role or department.</item>
/// <item><see cref="Catalog"/>: violations that refuse a catalog version.</item>
/// <item><see cref="Records"/>: violations that refuse an ingested record.</item>
/// <item><see cref="Import"/>: an import file refused for its type, size, shape, zip expansion or header row.</item>
/// <item><see cref="Workflow"/>: the share-application workflow and its working-day calendar.</item>
/// <item><see cref="GraphQL"/>: codes GraphQL.NET's parser and standard validation rules raise that the service documents.</item>
/// </list>
/// A constant whose value ends in <c>_</c> is a prefix, not a code: the code is the prefix followed by a number
/// (docs/errors.md writes it as <c>PREFIX&lt;number&gt;</c>, e.g. <c>HTTP_&lt;status&gt;</c>).
/// Governance event kinds (e.g. <c>CATALOG_PUBLISHED</c>) are not error codes and are not listed here.
/// </summary>
public static partial class ErrorCodes;
