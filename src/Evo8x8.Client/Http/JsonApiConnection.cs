using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Evo8x8.Client.Serialization;

namespace Evo8x8.Client.Http;

/// <summary>
/// Sends one operation of a JSON service through an <see cref="HttpClient"/> and turns every outcome into
/// a typed result or an <see cref="Evo8x8ApiException"/>: the one place where clients meet HTTP.
/// </summary>
/// <remarks>
/// Bodies are serialized to bytes up front so that a retry handler can resend them, and every request is
/// tagged with its route template so that handlers log without concrete ids. Thread-safe.
/// </remarks>
internal sealed class JsonApiConnection
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _http;
    private readonly Uri _baseAddress;
    private readonly string _serviceName;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly Func<ApiErrorResponse, Evo8x8ApiException> _readError;

    /// <param name="http">The client to send through; its own base address is ignored.</param>
    /// <param name="baseAddress">The service's base address; routes are relative to it.</param>
    /// <param name="serviceName">The service's name as messages show it.</param>
    /// <param name="authorization">The header every request carries.</param>
    /// <param name="readError">Turns a non-success answer into the service's typed exception.</param>
    public JsonApiConnection(
        HttpClient http,
        Uri baseAddress,
        string serviceName,
        AuthenticationHeaderValue authorization,
        Func<ApiErrorResponse, Evo8x8ApiException> readError)
    {
        _http = http;
        _baseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        _serviceName = serviceName;
        _authorization = authorization;
        _readError = readError;
    }

    /// <summary>Serializes a request body with the source-generated contract.</summary>
    public static ByteArrayContent JsonBody<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(WireJson.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    /// <summary>Sends and reads a JSON answer.</summary>
    public async Task<TResponse> SendAsync<TResponse>(
        ApiRoute route, HttpContent? content, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        (System.Net.HttpStatusCode status, byte[] body) = await SendCoreAsync(route, content, cancellationToken).ConfigureAwait(false);
        return Deserialize(route, status, body, responseType);
    }

    /// <summary>Sends and reads a JSON answer that may also be empty or the literal <c>null</c> (then <see langword="null"/>).</summary>
    public async Task<TResponse?> SendOptionalAsync<TResponse>(
        ApiRoute route, HttpContent? content, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : class
    {
        (System.Net.HttpStatusCode status, byte[] body) = await SendCoreAsync(route, content, cancellationToken).ConfigureAwait(false);
        ReadOnlySpan<byte> text = body.AsSpan().Trim(" \t\r\n"u8);
        return text.IsEmpty || text.SequenceEqual("null"u8) ? null : Deserialize(route, status, body, responseType);
    }

    /// <summary>Sends and expects no body worth reading (a 202 or 204).</summary>
    public async Task SendAsync(ApiRoute route, HttpContent? content, CancellationToken cancellationToken)
        => await SendCoreAsync(route, content, cancellationToken).ConfigureAwait(false);

    /// <summary>Parses a success body, reporting a body that does not match the contract as a typed error.</summary>
    public TResponse Deserialize<TResponse>(ApiRoute route, System.Net.HttpStatusCode status, byte[] body, JsonTypeInfo<TResponse> responseType)
    {
        try
        {
            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new JsonException("The body is the JSON literal null.");
        }
        catch (JsonException ex)
        {
            var answer = new ApiErrorResponse(_serviceName, route, status, body, null);
            throw new Evo8x8ApiException(
                $"{answer.Describe()} but its body could not be read as {typeof(TResponse).Name}: {ex.Message}",
                status,
                innerException: ex);
        }
    }

    private async Task<(System.Net.HttpStatusCode Status, byte[] Body)> SendCoreAsync(
        ApiRoute route, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(_baseAddress, route.Path)) { Content = content };
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(AcceptJson);
        request.Options.Set(ApiRequestOptions.RouteTemplate, route.Template);
        request.Options.Set(ApiRequestOptions.ServiceName, _serviceName);

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            string what = ex is HttpRequestException ? "could not be reached" : "did not answer in time";
            throw new Evo8x8ApiException($"{_serviceName} {what} for {route.Method} {route.Template}: {ex.Message}", ex);
        }

        using (response)
        {
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw _readError(new ApiErrorResponse(_serviceName, route, response.StatusCode, body, response.Content.Headers.ContentType?.MediaType));
            }

            return (response.StatusCode, body);
        }
    }
}
