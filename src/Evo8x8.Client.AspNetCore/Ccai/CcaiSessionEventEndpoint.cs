using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Evo8x8.Client.Ccai.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>
/// One mapped external session event endpoint: HTTP Basic check (before the body is read), size limit, the
/// <c>{count, events[]}</c> envelope, each event once per <c>event_id</c>, then 200.
/// </summary>
internal sealed class CcaiSessionEventEndpoint(SessionEventChannel channel, Func<IServiceProvider, ICcaiSessionEventHandler> resolveHandler)
{
    private readonly CcaiClaims _claims = new(channel == SessionEventChannel.Calls ? "ccai-session-calls" : "ccai-session-chats");

    public async Task HandleAsync(HttpContext context)
    {
        IServiceProvider services = context.RequestServices;
        CcaiSessionEventOptions options = services.GetRequiredService<IOptionsMonitor<CcaiSessionEventOptions>>().CurrentValue;
        ILogger logger = services.GetService<ILoggerFactory>()?.CreateLogger("Evo8x8.Client.AspNetCore.Ccai") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        CancellationToken aborted = context.RequestAborted;

        (string? user, string? password) = channel == SessionEventChannel.Calls
            ? (options.CallsUserName, options.CallsPassword)
            : (options.ChatsUserName, options.ChatsPassword);
        if (Authenticate(context.Request.Headers.Authorization, user, password) is { } failed)
        {
            logger.LogWarning("CCAI {Channel} session events refused 401: {Check}.", channel, failed);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"ccai-session-events\"";
            return;
        }

        ReadOnlyMemory<byte>? read = await CcaiRequestBody.ReadAsync(context.Request, options.MaxBodyBytes, aborted).ConfigureAwait(false);
        if (read is not { } body)
        {
            logger.LogWarning("CCAI {Channel} session events refused 413: body larger than {MaxBodyBytes} bytes.", channel, options.MaxBodyBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        IReadOnlyList<SessionEvent> events;
        try
        {
            events = SessionEventParser.Parse(body);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("CCAI {Channel} session events refused 400: {Reason}", channel, ex.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        ICcaiSessionEventHandler handler = resolveHandler(services);
        foreach (SessionEvent sessionEvent in events)
        {
            CcaiClaims.Claim? claim = sessionEvent.EventId is { Length: > 0 } id
                ? await _claims.TryClaimAsync(services, id, aborted).ConfigureAwait(false)
                : new CcaiClaims.Claim(null!, string.Empty, string.Empty, default, Held: false);
            if (claim is null)
            {
                continue;
            }

            try
            {
                await handler.HandleAsync(channel, sessionEvent, aborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (!aborted.IsCancellationRequested)
            {
                await claim.ReleaseAsync().ConfigureAwait(false);
                logger.LogError(ex, "CCAI {Channel} session event handler failed for event {EventId}; answered 500.", channel, sessionEvent.EventId);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            await claim.CompleteAsync().ConfigureAwait(false);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The failed check's name, or <see langword="null"/> when the credentials match (compared in constant time).</summary>
    private static string? Authenticate(string? header, string? user, string? password)
    {
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
        {
            return "no credentials configured for this channel";
        }

        if (!AuthenticationHeaderValue.TryParse(header, out AuthenticationHeaderValue? value)
            || !value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return "missing Basic Authorization header";
        }

        byte[] expected = Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(value.Parameter)) ? null : "wrong user name or password";
    }
}
