namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Sends through a caller's <see cref="HttpClient"/> whose base address belongs to something else. HttpClient refuses
/// a request another HttpClient already sent, so the target receives a copy with the same content, headers and options.
/// The caller's pipeline is not ours, so the answer is read here as ours would read it: whole, within
/// <paramref name="maxResponseBytes"/> and the request's cancellation (a streamed success excepted), so that neither an
/// endless error body nor a slow one can hold the caller past its token.
/// </summary>
internal sealed class ForwardingHandler(HttpClient target, long maxResponseBytes) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Not disposed: it shares its content with the original request, which its owner disposes.
        var copy = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Content = request.Content,
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        IDictionary<string, object?> options = copy.Options;
        foreach (KeyValuePair<string, object?> option in request.Options)
        {
            options[option.Key] = option.Value;
        }

        HttpResponseMessage response = await target.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.RequestMessage = request;
        try
        {
            if (!response.IsSuccessStatusCode || !request.Options.TryGetValue(ApiRequestOptions.Streamed, out bool streamed) || !streamed)
            {
                await AnswerBuffer.LoadAsync(response, RequestFacts.Of(request), maxResponseBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }
}
