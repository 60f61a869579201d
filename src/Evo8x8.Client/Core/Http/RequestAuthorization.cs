using System.Net.Http.Headers;
using System.Text;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// The <c>Authorization</c> value of one client and the origins (scheme, host and port) it may be sent to: set once
/// per client, added to each request by <see cref="AuthorizingHandler"/>, so no route carries it as a parameter and a
/// link to another host (a log export's file on a storage host) never receives it.
/// </summary>
internal sealed class RequestAuthorization
{
    private readonly Uri[] _origins;

    private RequestAuthorization(AuthenticationHeaderValue header, Uri[] origins)
    {
        Header = header;
        _origins = origins;
    }

    /// <summary>The header value; never logged or shown.</summary>
    public AuthenticationHeaderValue Header { get; }

    /// <summary>A bearer token for the given origins.</summary>
    public static RequestAuthorization Bearer(string token, params Uri[] origins) => new(new AuthenticationHeaderValue("Bearer", token), origins);

    /// <summary>HTTP Basic credentials (UTF-8, base64) for the given origins.</summary>
    public static RequestAuthorization Basic(string userName, string password, params Uri[] origins)
        => new(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}"))), origins);

    /// <summary>True when <paramref name="requestUri"/> is on one of the origins this value may be sent to.</summary>
    public bool Covers(Uri requestUri)
    {
        // Scheme, host and port are cached by Uri: comparing them allocates nothing on the request path.
        foreach (Uri origin in _origins)
        {
            if (origin.Port == requestUri.Port
                && string.Equals(origin.Scheme, requestUri.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(origin.IdnHost, requestUri.IdnHost, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
