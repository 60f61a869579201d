using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// One mapped chat webhook endpoint: size limit, signature (and optional replay window), parse, de-duplication, handler.
/// A refusal is logged naming the check that failed, never a secret or an expected signature.
/// </summary>
internal sealed class CcaiChatWebhookEndpoint(Func<IServiceProvider, ICcaiChatWebhookHandler> resolveHandler)
{
    private readonly CcaiClaims _claims = new("ccai-chat");

    public async Task HandleAsync(HttpContext context)
    {
        IServiceProvider services = context.RequestServices;
        CcaiChatWebhookOptions options = services.GetRequiredService<IOptionsMonitor<CcaiChatWebhookOptions>>().CurrentValue;
        ILogger logger = services.GetService<ILoggerFactory>()?.CreateLogger("Evo8x8.Client.AspNetCore.Ccai") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        CancellationToken aborted = context.RequestAborted;

        ReadOnlyMemory<byte>? read = await CcaiRequestBody.ReadAsync(context.Request, options.MaxBodyBytes, aborted).ConfigureAwait(false);
        if (read is not { } body)
        {
            logger.LogWarning("CCAI chat webhook refused: body larger than {MaxBodyBytes} bytes.", options.MaxBodyBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        string? timestamp = context.Request.Headers["X-Signature-Timestamp"];
        ChatWebhookSignatureCheck check = ChatWebhookSignature.Verify(context.Request.Headers["X-Signature"], timestamp, body.Span, options.PrimarySecret, options.SecondarySecret);
        if (check == ChatWebhookSignatureCheck.Valid && options.ReplayWindow is { } window && !WithinWindow(timestamp!, window, services))
        {
            check = ChatWebhookSignatureCheck.TimestampOutsideWindow;
        }

        if (check != ChatWebhookSignatureCheck.Valid)
        {
            logger.LogWarning("CCAI chat webhook refused 401: {Check}.", check);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        ChatWebhookEvent chatEvent;
        try
        {
            chatEvent = ChatWebhookParser.Parse(body);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("CCAI chat webhook refused 400: the body is not a JSON object ({Reason}).", ex.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // No event id is documented: a delivery is the same when its timestamp and body are.
        string id = Convert.ToHexString(SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(timestamp!), .. body.Span]));
        if (await _claims.TryClaimAsync(services, id, aborted).ConfigureAwait(false) is not { } claim)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        try
        {
            await resolveHandler(services).HandleAsync(chatEvent, aborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (!aborted.IsCancellationRequested)
        {
            await claim.ReleaseAsync().ConfigureAwait(false);
            logger.LogError(ex, "CCAI chat webhook handler failed for event {EventType}; answered 500.", chatEvent.EventType);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        await claim.CompleteAsync().ConfigureAwait(false);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static bool WithinWindow(string timestamp, Duration window, IServiceProvider services)
    {
        Instant? sent = ReadTimestamp(timestamp);
        Instant now = (services.GetService<IClock>() ?? SystemClock.Instance).GetCurrentInstant();
        return sent is { } at && Duration.FromTicks(Math.Abs((now - at).BclCompatibleTicks)) <= window;
    }

    /// <summary>Epoch seconds, epoch milliseconds (13 digits and more) or ISO 8601: the unit is not documented.</summary>
    internal static Instant? ReadTimestamp(string timestamp)
    {
        if (long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number))
        {
            return number > 100_000_000_000 ? Instant.FromUnixTimeMilliseconds(number) : Instant.FromUnixTimeSeconds(number);
        }

        return DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed)
            ? Instant.FromDateTimeOffset(parsed)
            : null;
    }
}
