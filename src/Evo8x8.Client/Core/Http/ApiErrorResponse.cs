using System.Net;
using System.Text;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// A non-success answer, as read off the wire, handed to a service's error reader to turn into the
/// service's typed exception.
/// </summary>
internal sealed class ApiErrorResponse
{
    private const int SnippetLength = 200;

    public ApiErrorResponse(RequestFacts request, HttpStatusCode status, byte[] body, string? mediaType, SecretMask mask)
    {
        Mask = mask;
        Request = request;
        Status = status;
        Body = body;
        MediaType = mediaType;
    }

    /// <summary>The service, verb and route template of the request that was answered.</summary>
    public RequestFacts Request { get; }

    public HttpStatusCode Status { get; }

    public byte[] Body { get; }

    public string? MediaType { get; }

    /// <summary>The request's secrets, masked in a body snippet before it is cut short.</summary>
    public SecretMask Mask { get; }

    /// <summary>True when the body starts like a JSON object, whatever the declared media type says.</summary>
    public bool LooksLikeJsonObject
    {
        get
        {
            foreach (byte b in Body)
            {
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
                {
                    continue;
                }

                return b == (byte)'{';
            }

            return false;
        }
    }

    /// <summary>"8x8 answered POST api/v1/…/callflows with HTTP 502 (BadGateway)": the start of every message.</summary>
    public string Describe() => ApiFailure.DescribeAnswer(Request, Status);

    /// <summary>The error to raise when the body is not the service's JSON error (a proxy's HTML page, nothing at all).</summary>
    public Evo8x8ApiException ToUnreadableBodyException()
    {
        string message = Body.Length == 0
            ? $"{Describe()} and an empty body."
            : $"{Describe()} and a body that is not the service's JSON error ({MediaType ?? "no content type"}): {Snippet()}";
        return new Evo8x8ApiException(message, Status);
    }

    private string Snippet()
    {
        // The whole body, secrets masked, before it is cut: cut first, a secret at the cut would survive in part.
        // Far more than the snippet keeps, so that what a masked secret shortens is still filled from the body.
        string text = Mask.SecretsOnly(Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 64 * 1024)))!;
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= SnippetLength ? text : string.Concat(text.AsSpan(0, SnippetLength), "…");
    }
}
