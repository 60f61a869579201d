namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Sends through a caller's <see cref="HttpClient"/> whose base address belongs to something else. HttpClient refuses
/// a request another HttpClient already sent, so the target receives a copy with the same content, headers and options.
/// </summary>
internal sealed class ForwardingHandler(HttpClient target) : HttpMessageHandler
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
        return response;
    }
}
