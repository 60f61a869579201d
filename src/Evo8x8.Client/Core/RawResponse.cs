using System.Net;
using System.Text;

namespace Evo8x8.Client.Core;

/// <summary>
/// One response exactly as the service sent it (status, headers, body), recorded by a <see cref="RawResponseCapture"/>;
/// it never holds the request or its credentials.
/// </summary>
public sealed class RawResponse
{
    internal RawResponse(
        string service, string method, string routeTemplate, HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, byte[] body)
    {
        Service = service;
        Method = method;
        RouteTemplate = routeTemplate;
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
    }

    /// <summary>The service that answered: <c>8x8</c> or <c>Evo</c>.</summary>
    public string Service { get; }

    /// <summary>The HTTP verb of the request that was answered.</summary>
    public string Method { get; }

    /// <summary>The route template of the operation, for example <c>api/v1/subaccounts/{subAccountId}/callflows</c>.</summary>
    public string RouteTemplate { get; }

    /// <summary>The HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Every header of the response and of its content, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body as received, after decompression.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body read as UTF-8 text.</summary>
    /// <returns>The text of the body; invalid bytes become U+FFFD.</returns>
    public string ReadBodyAsText() => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Shows the service, verb, route template and status, never headers or body.</summary>
    public override string ToString() => $"{Service} {Method} {RouteTemplate} answered {(int)StatusCode}";
}
