using System.Globalization;

namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the HTTP request itself, before any GraphQL work (docs/errors.md, "HTTP level"), and of its document (trusted
    /// documents).</summary>
    public static class Request
    {
        /// <summary>No bearer token, or one that does not validate or names an unknown department or role (401).</summary>
        public const string Unauthenticated = "UNAUTHENTICATED";

        /// <summary>The caller's app or department has used up its fixed-window permits (429).</summary>
        public const string RateLimited = "RATE_LIMITED";

        /// <summary><c>Accept</c> offers no media type the service answers with (406).</summary>
        public const string NotAcceptable = "NOT_ACCEPTABLE";

        /// <summary>A POST body that is not <c>application/json</c> (415).</summary>
        public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

        /// <summary>A POST body that is not valid JSON (400).</summary>
        public const string MalformedJson = "MALFORMED_JSON";

        /// <summary>Valid JSON of the wrong shape (400).</summary>
        public const string InvalidRequest = "INVALID_REQUEST";

        /// <summary>A mutation sent with GET (405).</summary>
        public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

        /// <summary>An unknown <c>documentId</c>, another app's document, or an ad-hoc query an app may not send.</summary>
        public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

        /// <summary>The prefix of the code of any other empty error status the framework produces; see
        /// <see cref="ForHttpStatus"/>.</summary>
        public const string HttpStatusPrefix = "HTTP_";

        /// <summary>The code of an empty error status produced by the framework, e.g. <c>HTTP_404</c>.</summary>
        public static string ForHttpStatus(int status) => HttpStatusPrefix + status.ToString(CultureInfo.InvariantCulture);
    }
}
