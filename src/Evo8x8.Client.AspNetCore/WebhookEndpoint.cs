using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Evo8x8.Client.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Evo8x8.Client.AspNetCore;

/// <summary>The request pipeline of one mapped webhook endpoint: authenticate, parse, dispatch, answer.</summary>
internal sealed partial class WebhookEndpoint
{
    public const string LoggerCategory = "Evo8x8.Client.AspNetCore.Webhooks";

    private readonly byte[]? _expectedAuthorizationHash;
    private readonly WebhookParser _parser;
    private readonly Func<IServiceProvider, IWebhookHandler> _resolveHandler;
    private readonly ILogger _logger;

    public WebhookEndpoint(WebhookEndpointOptions options, Func<IServiceProvider, IWebhookHandler> resolveHandler, ILogger logger)
    {
        if (string.IsNullOrEmpty(options.AuthorizationHeaderValue) && !options.AllowUnauthenticated)
        {
            throw new InvalidOperationException(
                "The 8x8 webhook endpoint needs AuthorizationHeaderValue (the httpAuthHeader set on the 8x8 webhook); "
                + "set AllowUnauthenticated = true only if another guard protects the endpoint.");
        }

        // Hashing both sides makes the comparison constant-time in the length too.
        _expectedAuthorizationHash = string.IsNullOrEmpty(options.AuthorizationHeaderValue)
            ? null
            : SHA256.HashData(Encoding.UTF8.GetBytes(options.AuthorizationHeaderValue));
        _parser = new WebhookParser(new WebhookParserOptions { MaxBodyBytes = options.MaxBodyBytes });
        _resolveHandler = resolveHandler;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        CancellationToken aborted = context.RequestAborted;
        if (!IsAuthorized(context.Request.Headers.Authorization))
        {
            LogUnauthorized(_logger, context.Connection.RemoteIpAddress?.ToString());
            await WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "The Authorization header is missing or does not match the webhook's configured value.").ConfigureAwait(false);
            return;
        }

        if (context.Request.ContentLength > _parser.MaxBodyBytes)
        {
            await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body is larger than the limit of {_parser.MaxBodyBytes} bytes.").ConfigureAwait(false);
            return;
        }

        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = await _parser.ParseAsync(context.Request.Body, aborted).ConfigureAwait(false);
        }
        catch (WebhookParseException ex)
        {
            LogMalformed(_logger, ex.Failure, ex.Path);
            int status = ex.Failure == WebhookParseFailure.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            await AnswerOrCloseAsync(context, status, "Malformed webhook body", ex.Message).ConfigureAwait(false);
            return;
        }
        catch (BadHttpRequestException ex)
        {
            // Broken chunked framing, a body shorter than its Content-Length, or one sent too slowly: Kestrel's own
            // words say which; answered here so that no environment's error page (with its headers) answers instead.
            LogUnreadable(_logger, ex.StatusCode);
            await AnswerOrCloseAsync(context, ex.StatusCode, "Unreadable webhook body", $"The request body could not be read: {ex.Message}").ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is IOException || (ex is OperationCanceledException && aborted.IsCancellationRequested))
        {
            // The client went away mid-body: nobody is left to answer.
            LogUnreadable(_logger, StatusCodes.Status400BadRequest);
            context.Abort();
            return;
        }

        IWebhookHandler handler = _resolveHandler(context.RequestServices);
        CallActionReply? reply = null;
        try
        {
            if (webhookEvent is CallActionEvent callAction)
            {
                reply = await handler.HandleCallActionAsync(callAction, aborted).ConfigureAwait(false);
            }
            else
            {
                await handler.HandleAsync(webhookEvent, aborted).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (!aborted.IsCancellationRequested)
        {
            LogHandlerFailed(_logger, ex, webhookEvent.EventType.Value);
            await WriteProblemAsync(context, StatusCodes.Status500InternalServerError, "Webhook handler failed", "The event was received but could not be handled; 8x8 may deliver it again.").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        if (reply is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            reply.WriteTo(context.Response.BodyWriter);
            await context.Response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
        }
    }

    private bool IsAuthorized(StringValues header)
    {
        if (_expectedAuthorizationHash is null)
        {
            return true;
        }

        if (header.Count != 1 || header[0] is not { } value)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), actual);
        return CryptographicOperations.FixedTimeEquals(actual, _expectedAuthorizationHash);
    }

    /// <summary>Writes a problem answer, or closes the connection when the client can no longer receive one.</summary>
    private static async Task AnswerOrCloseAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.RequestAborted.IsCancellationRequested || context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        try
        {
            await WriteProblemAsync(context, status, title, detail).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            context.Abort();
        }
    }

    // Problem details (RFC 9457) written by hand: no stack trace, no exception text beyond the parse message.
    private static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "about:blank");
            writer.WriteString("title"u8, title);
            writer.WriteNumber("status"u8, status);
            writer.WriteString("detail"u8, detail);
            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(1, LogLevel.Warning, "Refused an 8x8 webhook delivery from {RemoteAddress}: the Authorization header is missing or wrong.")]
    private static partial void LogUnauthorized(ILogger logger, string? remoteAddress);

    [LoggerMessage(2, LogLevel.Warning, "Refused a malformed 8x8 webhook body ({Failure} at {Path}).")]
    private static partial void LogMalformed(ILogger logger, WebhookParseFailure failure, string? path);

    [LoggerMessage(4, LogLevel.Warning, "Could not read an 8x8 webhook body (answered {StatusCode} or closed the connection).")]
    private static partial void LogUnreadable(ILogger logger, int statusCode);

    [LoggerMessage(3, LogLevel.Error, "The 8x8 webhook handler failed on a {EventType} event.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string? eventType);
}
