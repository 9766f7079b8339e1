using System.Net;

namespace TaijiangGraph.Server.Tests.AuditFailClosed;

/// <summary>An HTTP answer of the server under test: status, body text and how long it took to arrive.</summary>
public sealed record TimedResponse(HttpStatusCode Status, string Body, TimeSpan Elapsed);
