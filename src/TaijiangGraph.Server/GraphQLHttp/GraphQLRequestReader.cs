using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Graph.Limits;
using TaijiangGraph.Graph.Requests;
using TaijiangGraph.Server.TrustedDocuments;

namespace TaijiangGraph.Server.GraphQLHttp;

/// <summary>
/// Reads GraphQL requests from HTTP: POST <c>application/json</c> bodies (an object, or an array for a
/// batch) and GET query strings. Every malformed input becomes a coded <see cref="RequestError"/>; so do a body
/// over <see cref="QueryLimitsOptions.MaxRequestBodyBytes"/> (413) and a batch over <see cref="QueryLimitsOptions.MaxBatchSize"/>.
/// </summary>
internal sealed class GraphQLRequestReader(GraphQLSerializer serializer, QueryLimitsOptions limits)
{
    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadQueryString(request.Query);
        }

        if (!IsJson(request.ContentType))
        {
            return GraphQLHttpRequest.Fail(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.Request.UnsupportedMediaType,
                "POST bodies must be application/json."
            );
        }

        // Limits: a declared length over the limit is refused unread; Kestrel stops a longer body while it is read.
        if (request.ContentLength > limits.MaxRequestBodyBytes)
        {
            return BodyTooLarge();
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, ct);
        }
        catch (JsonException)
        {
            return Malformed();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyTooLarge();
        }

        using (document)
        {
            try
            {
                return document.RootElement.ValueKind switch
                {
                    JsonValueKind.Object => Single(document.RootElement),
                    JsonValueKind.Array => Batch(document.RootElement),
                    _ => InvalidRequest("The body must be a JSON object, or an array of them for a batch."),
                };
            }
            catch (Exception e)
                when (e is JsonException || e is InvalidOperationException { InnerException: System.Text.DecoderFallbackException })
            {
                // The parser does not check the UTF-8 inside strings; reading one that is invalid throws here.
                return Malformed();
            }
        }
    }

    private static GraphQLHttpRequest InvalidRequest(string message) => new([], false, Invalid(message));

    private static GraphQLHttpRequest Malformed() =>
        GraphQLHttpRequest.Fail(StatusCodes.Status400BadRequest, ErrorCodes.Request.MalformedJson, "The request body is not valid JSON.");

    private static RequestError Invalid(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.Request.InvalidRequest, message);

    private GraphQLHttpRequest BodyTooLarge() =>
        GraphQLHttpRequest.Fail(
            StatusCodes.Status413PayloadTooLarge,
            ErrorCodes.Limits.RequestTooLarge,
            $"The request body is larger " + $"than {limits.MaxRequestBodyBytes} bytes."
        );

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && string.Equals(value.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (value.Charset.Value is null || string.Equals(value.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    private GraphQLHttpRequest Single(JsonElement element)
    {
        var (request, error) = Parse(element);
        return error is null ? new([request!], false, null) : new([], false, error);
    }

    private GraphQLHttpRequest Batch(JsonElement array)
    {
        if (array.GetArrayLength() == 0)
        {
            return InvalidRequest("A batch needs at least one request.");
        }

        if (array.GetArrayLength() > limits.MaxBatchSize)
        {
            return GraphQLHttpRequest.Fail(
                StatusCodes.Status400BadRequest,
                ErrorCodes.Limits.BatchTooLarge,
                $"A batch holds at most " + $"{limits.MaxBatchSize} requests."
            );
        }

        var requests = new List<GraphQLRequest>();
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return InvalidRequest("Every batch entry must be a JSON object.");
            }

            var (request, error) = Parse(element);
            if (error is not null)
            {
                return new([], true, error);
            }

            requests.Add(request!);
        }

        return new(requests, true, null);
    }

    private (GraphQLRequest? Request, RequestError? Error) Parse(JsonElement element)
    {
        var query = element.TryGetProperty("query", out var q) ? q : default;
        var documentId = PersistedDocumentRequests.ReadDocumentId(element, query.ValueKind == JsonValueKind.String);
        if (documentId.Error is not null)
        {
            return (null, Invalid(documentId.Error));
        }

        if (documentId.Id is null && query.ValueKind != JsonValueKind.String)
        {
            return (null, Invalid("'query' must be a string."));
        }

        var operationName = element.TryGetProperty("operationName", out var op) ? op : default;
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return (null, Invalid("'operationName' must be a string or null."));
        }

        var variables = ReadMap(element, "variables");
        var extensions = ReadMap(element, "extensions");
        if (variables.Error is not null || extensions.Error is not null)
        {
            return (null, Invalid(variables.Error ?? extensions.Error!));
        }

        return (
            new GraphQLRequest
            {
                Query = documentId.Id is null ? query.GetString() : null,
                DocumentId = documentId.Id,
                OperationName = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
                Variables = variables.Map,
                Extensions = extensions.Map,
            },
            null
        );
    }

    private (Inputs? Map, string? Error) ReadMap(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return value.ValueKind == JsonValueKind.Object
            ? (serializer.ReadNode<Inputs>(value), null)
            : (null, $"'{name}' must be a JSON object or null.");
    }

    private GraphQLHttpRequest ReadQueryString(IQueryCollection query)
    {
        var documentId = PersistedDocumentRequests.ReadDocumentId(query);
        if (documentId is null && (query["query"] is not { Count: 1 } text || string.IsNullOrEmpty(text[0])))
        {
            return InvalidRequest("GET requests need exactly one 'query' (or 'documentId') parameter.");
        }

        var variables = ReadJsonParameter(query, "variables");
        var extensions = ReadJsonParameter(query, "extensions");
        if (variables.Error is not null || extensions.Error is not null)
        {
            return InvalidRequest(variables.Error ?? extensions.Error!);
        }

        var request = new GraphQLRequest
        {
            Query = documentId is null ? query["query"][0] : null,
            DocumentId = documentId,
            OperationName = query["operationName"].FirstOrDefault(),
            Variables = variables.Map,
            Extensions = extensions.Map,
        };
        return new([request], false, null);
    }

    private (Inputs? Map, string? Error) ReadJsonParameter(IQueryCollection query, string name)
    {
        var raw = query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(raw))
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(raw);
            return doc.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (serializer.ReadNode<Inputs>(doc.RootElement), null),
                JsonValueKind.Null => (null, null),
                _ => (null, $"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            return (null, $"'{name}' is not valid JSON.");
        }
    }
}
