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
    private readonly SecretMask _mask;

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
        _mask = SecretMask.FromAuthorization(authorization);
    }

    /// <summary>Serializes a request body with the source-generated contract.</summary>
    public static ByteArrayContent JsonBody<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new JsonBodyContent(WireJson.SerializeToUtf8Bytes(value, typeInfo), value);
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    /// <summary>Sends and reads a JSON answer.</summary>
    public async Task<TResponse> SendAsync<TResponse>(
        ApiRoute route, HttpContent? content, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        (System.Net.HttpStatusCode status, byte[] body) = await SendCoreAsync(route, content, cancellationToken).ConfigureAwait(false);
        return Deserialize(route, status, body, responseType, MaskFor(content));
    }

    /// <summary>Sends and expects no body worth reading (a 202 or 204).</summary>
    public async Task SendAsync(ApiRoute route, HttpContent? content, CancellationToken cancellationToken)
        => await SendCoreAsync(route, content, cancellationToken).ConfigureAwait(false);

    /// <summary>Parses a success body, reporting a body that does not match the contract as a typed error.</summary>
    private TResponse Deserialize<TResponse>(ApiRoute route, System.Net.HttpStatusCode status, byte[] body, JsonTypeInfo<TResponse> responseType, SecretMask mask)
    {
        try
        {
            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new JsonException("The body is the JSON literal null.");
        }
        catch (JsonException ex)
        {
            var answer = new ApiErrorResponse(_serviceName, route, status, body, null);
            throw mask.Apply(new Evo8x8ApiException(
                $"{answer.Describe()} but its body could not be read: {JsonErrorText.Describe(ex)}",
                status,
                innerException: ex));
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
        SecretMask mask = MaskFor(content);
        request.Options.Set(ApiRequestOptions.SecretMask, mask);

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
            throw mask.Apply(new Evo8x8ApiException($"{_serviceName} {what} for {route.Method} {route.Template}: {ex.Message}", ex));
        }

        using (response)
        {
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                // Every text of the error comes from the answer, which may echo what was sent: mask it in one place.
                throw mask.Apply(_readError(new ApiErrorResponse(_serviceName, route, response.StatusCode, body, response.Content.Headers.ContentType?.MediaType)));
            }

            return (response.StatusCode, body);
        }
    }

    /// <summary>The client's mask widened with the secrets of the request body, when it carries any.</summary>
    private SecretMask MaskFor(HttpContent? content) => content is JsonBodyContent json ? _mask.With(json.Model) : _mask;

    /// <summary>A serialized request body that remembers its model, so that its secrets can be masked in the answer.</summary>
    private sealed class JsonBodyContent(byte[] utf8Json, object? model) : ByteArrayContent(utf8Json)
    {
        public object? Model { get; } = model;
    }
}
