using Evo8x8.Client.Voice.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.AspNetCore;

/// <summary>
/// The answer to a call action on your own route: 200 with the reply's callflow as the JSON 8x8 expects. Return it from a
/// minimal API handler or an MVC action; build the reply with <see cref="Voice.CallflowBuilder.BuildReply"/>,
/// which validates it.
/// </summary>
/// <param name="reply">The next steps of the call.</param>
public sealed class CallActionReplyResult(CallActionReply reply) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IValueHttpResult, IValueHttpResult<CallActionReply>
{
    /// <summary>The reply written as the response body.</summary>
    public CallActionReply Value { get; } = reply ?? throw new ArgumentNullException(nameof(reply));

    object? IValueHttpResult.Value => Value;

    /// <summary>Always 200: 8x8 reads the callflow only from a successful answer.</summary>
    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>The media type of the body, JSON in UTF-8.</summary>
    public string ContentType => "application/json; charset=utf-8";

    /// <summary>Writes the status, the content type and the reply's JSON.</summary>
    /// <param name="httpContext">The request being answered.</param>
    /// <returns>A task that completes when the body is flushed.</returns>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        Value.WriteTo(httpContext.Response.BodyWriter);
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
