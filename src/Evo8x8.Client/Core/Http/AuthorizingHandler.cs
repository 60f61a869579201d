namespace Evo8x8.Client.Core.Http;

/// <summary>
/// The outermost step of a client's pipeline: adds the client's <c>Authorization</c> value to a request bound for one
/// of its origins, and to no other. A request that already carries one keeps it.
/// </summary>
/// <param name="authorization">The value of the request's client, looked up per request (options may be reloaded).</param>
internal sealed class AuthorizingHandler(Func<RequestAuthorization> authorization) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Authorize(request, authorization());
        return base.SendAsync(request, cancellationToken);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Authorize(request, authorization());
        return base.Send(request, cancellationToken);
    }

    private static void Authorize(HttpRequestMessage request, RequestAuthorization value)
    {
        if (request.Headers.Authorization is null && request.RequestUri is { IsAbsoluteUri: true } uri && value.Covers(uri))
        {
            request.Headers.Authorization = value.Header;
        }
    }
}
